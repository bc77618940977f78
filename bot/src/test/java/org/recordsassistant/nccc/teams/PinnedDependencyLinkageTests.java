package org.recordsassistant.nccc.teams;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.dialogs.Dialog;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * We pin newer okhttp, retrofit, msal4j, java-jwt, guava, commons and Jackson than the Bot Framework
 * SDK was built with (tech-notes §3). This reads the SDK jars' bytecode and checks that every method
 * and field they use in those libraries still exists, so a bad version bump fails here, cheaply,
 * rather than at run time.
 */
class PinnedDependencyLinkageTests {
	private static final List<String> PINNED = List.of("okhttp3/", "okio/", "retrofit2/", "com/microsoft/aad/msal4j/",
			"com/auth0/", "com/google/common/", "org/apache/commons/io/", "org/apache/commons/lang3/",
			"com/fasterxml/jackson/");

	@Test
	void everySdkReferenceIntoPinnedLibrariesResolves() throws Exception {
		Set<String> missing = new TreeSet<>();
		int checked = 0;
		for (Class<?> anchor : List.of(BotFrameworkAdapter.class, RestConnectorClient.class, Activity.class,
				BotFrameworkHttpAdapter.class, Dialog.class)) {
			for (Reference reference : referencesIn(jarOf(anchor))) {
				checked++;
				if (!resolves(reference)) {
					missing.add(reference.toString());
				}
			}
		}
		assertThat(checked).as("distinct references checked").isGreaterThan(300);
		assertThat(missing).as("SDK references that no longer resolve").isEmpty();
	}

	@Test
	void detectsAReferenceThatNoLongerResolves() {
		assertThat(resolves(new Reference("okhttp3/OkHttpClient$Builder", "connectTimeout", "(JLjava/util/concurrent/TimeUnit;)Lokhttp3/OkHttpClient$Builder;", false))).isTrue();
		assertThat(resolves(new Reference("okhttp3/OkHttpClient$Builder", "connectTimeout", "(I)V", false))).isFalse();
		assertThat(resolves(new Reference("okhttp3/NoSuchType", "x", "()V", false))).isFalse();
	}

	record Reference(String owner, String name, String descriptor, boolean field) {
		@Override
		public String toString() {
			return owner.replace('/', '.') + (field ? "#" : ".") + name + descriptor;
		}
	}

	private static Path jarOf(Class<?> type) throws URISyntaxException {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private static Set<Reference> referencesIn(Path jar) throws IOException {
		Set<Reference> references = new HashSet<>();
		try (JarFile file = new JarFile(jar.toFile())) {
			Enumeration<JarEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				if (!entry.getName().endsWith(".class")) {
					continue;
				}
				try (InputStream in = file.getInputStream(entry)) {
					new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
						@Override
						public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
								String[] exceptions) {
							return new MethodVisitor(Opcodes.ASM9) {
								@Override
								public void visitMethodInsn(int opcode, String owner, String method, String desc,
										boolean isInterface) {
									if (pinned(owner)) {
										references.add(new Reference(owner, method, desc, false));
									}
								}

								@Override
								public void visitFieldInsn(int opcode, String owner, String field, String desc) {
									if (pinned(owner)) {
										references.add(new Reference(owner, field, desc, true));
									}
								}
							};
						}
					}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
				}
			}
		}
		return references;
	}

	private static boolean pinned(String owner) {
		return PINNED.stream().anyMatch(owner::startsWith);
	}

	private static boolean resolves(Reference reference) {
		Class<?> owner;
		try {
			owner = Class.forName(reference.owner().replace('/', '.'), false,
					PinnedDependencyLinkageTests.class.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
		Deque<Class<?>> types = new ArrayDeque<>(List.of(owner));
		List<Class<?>> seen = new ArrayList<>();
		while (!types.isEmpty()) {
			Class<?> type = types.pop();
			if (seen.contains(type)) {
				continue;
			}
			seen.add(type);
			if (reference.field() ? hasField(type, reference) : hasMethod(type, reference)) {
				return true;
			}
			if (type.getSuperclass() != null) {
				types.push(type.getSuperclass());
			}
			types.addAll(List.of(type.getInterfaces()));
		}
		// Interfaces inherit Object's methods.
		return !reference.field() && hasMethod(Object.class, reference);
	}

	private static boolean hasField(Class<?> type, Reference reference) {
		for (Field field : type.getDeclaredFields()) {
			if (field.getName().equals(reference.name()) && Type.getDescriptor(field.getType()).equals(reference.descriptor())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasMethod(Class<?> type, Reference reference) {
		if ("<init>".equals(reference.name())) {
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				if (Type.getConstructorDescriptor(constructor).equals(reference.descriptor())) {
					return true;
				}
			}
			return false;
		}
		for (Method method : type.getDeclaredMethods()) {
			if (method.getName().equals(reference.name()) && Type.getMethodDescriptor(method).equals(reference.descriptor())) {
				return true;
			}
		}
		return false;
	}
}
