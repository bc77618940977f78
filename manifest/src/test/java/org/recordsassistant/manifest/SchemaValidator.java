package org.recordsassistant.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code src/test/node/validate.js}, which checks a manifest against the Teams schema bundled in the npm
 * package {@code @microsoft/app-manifest} (pinned, with its dependencies, in {@code package-lock.json}).
 *
 * <p>The schema is Microsoft's, so it is installed at test time under {@code target/schema-check} instead of
 * being committed; a second run reuses the install while the lock file is unchanged. Missing Node is an error,
 * never a skip: CI must install Node.
 */
final class SchemaValidator {

    private static final long INSTALL_TIMEOUT_SECONDS = 300;

    private static final long VALIDATE_TIMEOUT_SECONDS = 60;

    private static final String LOCK_FILE = "package-lock.json";

    private static final String INSTALLED_MARKER = ".installed-" + LOCK_FILE;

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final Path installDir;

    private final Path script;

    private SchemaValidator(Path installDir, Path script) {
        this.installDir = installDir;
        this.script = script;
    }

    /** Checks Node and npm are on the PATH, then runs {@code npm ci} unless the pinned packages are in place. */
    static SchemaValidator install() {
        Path scriptDir = Path.of(System.getProperty("teams.schema.script.dir", "src/test/node")).toAbsolutePath();
        Path installDir = Path.of(System.getProperty("teams.schema.check.dir", "target/schema-check")).toAbsolutePath();
        requireTool("node");
        requireTool(WINDOWS ? "npm.cmd" : "npm");
        try {
            String lock = Files.readString(scriptDir.resolve(LOCK_FILE));
            Path marker = installDir.resolve(INSTALLED_MARKER);
            boolean installed = Files.isRegularFile(marker) && Files.readString(marker).equals(lock)
                    && Files.isRegularFile(installDir.resolve("node_modules/@microsoft/app-manifest/package.json"));
            if (!installed) {
                Files.createDirectories(installDir);
                Files.copy(scriptDir.resolve("package.json"), installDir.resolve("package.json"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(scriptDir.resolve(LOCK_FILE), installDir.resolve(LOCK_FILE),
                        StandardCopyOption.REPLACE_EXISTING);
                Path log = installDir.resolve("npm-ci.log");
                int exit = run(installDir, log, log, INSTALL_TIMEOUT_SECONDS, WINDOWS ? "npm.cmd" : "npm", "ci",
                        "--no-audit", "--no-fund");
                if (exit != 0) {
                    throw new IllegalStateException("npm ci in " + installDir + " failed with exit code " + exit
                            + " (needs the npm registry on first run):\n" + Files.readString(log));
                }
                Files.writeString(marker, lock);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot prepare the schema check in " + installDir, ex);
        }
        return new SchemaValidator(installDir, scriptDir.resolve("validate.js"));
    }

    /** Fails with instructions when {@code command} cannot be started; a test must not pass or skip without Node. */
    static void requireTool(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(VALIDATE_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + command + " --version' did not succeed");
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("'" + command + "' must be on the PATH: the manifest tests validate "
                    + "manifest.json with Node.js (20.19 or newer) and npm. Install Node.js, or on CI add a "
                    + "setup-node step. (" + ex.getMessage() + ")", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + command, ex);
        }
    }

    /** The schema's error messages for {@code manifest}; empty when it is valid. */
    List<String> errorsFor(Path manifest) {
        try {
            Path out = Files.createTempFile(installDir, "validate-", ".out");
            Path err = Files.createTempFile(installDir, "validate-", ".err");
            try {
                int exit = run(installDir, out, err, VALIDATE_TIMEOUT_SECONDS, "node", script.toString(),
                        installDir.toString(), manifest.toAbsolutePath().toString());
                if (exit != 0) {
                    throw new IllegalStateException("validate.js could not check " + manifest + " (exit " + exit
                            + "): " + Files.readString(err));
                }
                JsonNode result = TeamsPackage.JSON.readTree(Files.readString(out));
                List<String> errors = new ArrayList<>();
                result.get("errors").forEach(error -> errors.add(error.asString()));
                return errors;
            }
            finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot run validate.js on " + manifest, ex);
        }
    }

    private static int run(Path dir, Path out, Path err, long timeoutSeconds, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        if (out.equals(err)) {
            builder.redirectErrorStream(true).redirectOutput(out.toFile());
        }
        else {
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        Arrays.toString(command) + " took longer than " + timeoutSeconds + " s");
            }
            return process.exitValue();
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + Arrays.toString(command), ex);
        }
    }
}
