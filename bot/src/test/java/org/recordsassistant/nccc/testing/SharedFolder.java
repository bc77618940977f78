package org.recordsassistant.nccc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code shared} folder that sits next to the project (design notes, public WhatsApp samples). Tests read
 * from it and never copy it. It is found by walking up from the working directory; a clone made somewhere
 * else ({@code git clone . /tmp/x/c}, as CI does) has no {@code shared} above it, so then the walk starts from
 * the repository it was cloned from.
 */
public final class SharedFolder {
	private static final String NAME = "shared";
	private static final String WHATSAPP_SAMPLES = "data/whatsapp-public";
	private static final Map<String, Path> FOUND = new ConcurrentHashMap<>();

	private SharedFolder() {
	}

	/** The public WhatsApp export samples. */
	public static Path whatsappSamples() {
		return resolve(WHATSAPP_SAMPLES);
	}

	/** A folder inside {@code shared}, which must exist. */
	public static Path resolve(String relative) {
		return FOUND.computeIfAbsent(relative, r -> find(Path.of("").toAbsolutePath(), r));
	}

	static Path find(Path start, String relative) {
		Optional<Path> here = above(start, relative);
		if (here.isPresent()) {
			return here.get();
		}
		Optional<Path> origin = clonedFrom(start);
		return origin.flatMap(o -> above(o, relative))
			.orElseThrow(() -> new IllegalStateException("No " + NAME + "/" + relative + " above " + start
					+ origin.map(o -> " or above " + o + ", the repository it was cloned from").orElse("")
					+ "; put the shared folder next to the project"));
	}

	private static Optional<Path> above(Path directory, String relative) {
		for (Path at = directory; at != null; at = at.getParent()) {
			Path candidate = at.resolve(NAME).resolve(relative);
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The local repository {@code directory}'s clone came from, if its origin is a path on this machine. */
	private static Optional<Path> clonedFrom(Path directory) {
		try {
			Process git = new ProcessBuilder("git", "config", "--get", "remote.origin.url").directory(directory.toFile())
				.redirectErrorStream(true)
				.start();
			String url = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0 || url.isEmpty()) {
				return Optional.empty();
			}
			String path = url.startsWith("file://") ? url.substring("file://".length()) : url;
			return path.contains("://") || path.contains("@") ? Optional.empty()
					: Optional.of(directory.resolve(path).normalize());
		}
		catch (IOException | InvalidPathException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}
