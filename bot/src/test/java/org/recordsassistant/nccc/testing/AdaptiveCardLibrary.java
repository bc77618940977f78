package org.recordsassistant.nccc.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Microsoft's Adaptive Cards library (npm {@code adaptivecards}, pinned in {@code src/test/node}) as a
 * validator: it parses each card for schema 1.5 as a client would, and reports unknown element or action
 * types, bad enum values, duplicate ids and inputs without ids. One Node process serves the whole test
 * run. The package is installed under {@code target/card-check} on first use; missing Node is an error,
 * never a skip (CI installs it, as the manifest tests need it too).
 */
final class AdaptiveCardLibrary {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final long INSTALL_TIMEOUT_SECONDS = 300;
	private static final String LOCK_FILE = "package-lock.json";
	private static AdaptiveCardLibrary instance;

	private final Process node;
	private final Writer toNode;
	private final BufferedReader fromNode;

	private AdaptiveCardLibrary(Process node) {
		this.node = node;
		this.toNode = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
		this.fromNode = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
	}

	/** The library's complaints about the card; empty when it is valid. */
	static synchronized List<String> problems(JsonNode card) {
		if (instance == null || !instance.node.isAlive()) {
			instance = start();
		}
		try {
			instance.toNode.write(JSON.writeValueAsString(card).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"));
			instance.toNode.write('\n');
			instance.toNode.flush();
			String line = instance.fromNode.readLine();
			if (line == null) {
				throw new IllegalStateException("the card validator stopped: is Node.js 20 or newer installed?");
			}
			List<String> problems = new ArrayList<>();
			JSON.readTree(line).path("problems").forEach(problem -> problems.add(problem.asText()));
			return problems;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot talk to the card validator", e);
		}
	}

	private static AdaptiveCardLibrary start() {
		Path scripts = Path.of("src/test/node").toAbsolutePath();
		Path installed = Path.of("target/card-check").toAbsolutePath();
		try {
			install(scripts, installed);
			Process node = new ProcessBuilder("node", scripts.resolve("validate-cards.js").toString(), installed.toString())
					.redirectError(ProcessBuilder.Redirect.INHERIT).start();
			Runtime.getRuntime().addShutdownHook(new Thread(node::destroy));
			return new AdaptiveCardLibrary(node);
		} catch (IOException e) {
			throw new IllegalStateException("'node' and 'npm' must be on the PATH: every card the tests see is validated "
					+ "with the Adaptive Cards library in Node.js (20 or newer). (" + e.getMessage() + ")", e);
		}
	}

	/** {@code npm ci} the pinned package unless this lock file's install is already in place. */
	private static void install(Path scripts, Path installed) throws IOException {
		String lock = Files.readString(scripts.resolve(LOCK_FILE));
		Path marker = installed.resolve(".installed-" + LOCK_FILE);
		if (Files.isRegularFile(marker) && Files.readString(marker).equals(lock)
				&& Files.isRegularFile(installed.resolve("node_modules/adaptivecards/dist/adaptivecards.js"))) {
			return;
		}
		Files.createDirectories(installed);
		Files.copy(scripts.resolve("package.json"), installed.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(scripts.resolve(LOCK_FILE), installed.resolve(LOCK_FILE), StandardCopyOption.REPLACE_EXISTING);
		Path log = installed.resolve("npm-ci.log");
		Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(installed.toFile())
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!npm.waitFor(INSTALL_TIMEOUT_SECONDS, TimeUnit.SECONDS) || npm.exitValue() != 0) {
				npm.destroyForcibly();
				throw new IllegalStateException("npm ci in " + installed + " failed (needs the npm registry on first run):\n"
						+ Files.readString(log));
			}
		} catch (InterruptedException e) {
			npm.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while installing the card validator", e);
		}
		Files.writeString(marker, lock);
	}
}
