package org.recordsassistant.nccc.transfer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parses a generated 1 GB export with the command line in a separate JVM limited to 256 MB of heap: it only
 * passes if memory does not grow with the file. Takes minutes, so it is tagged {@value #TAG} and left out of the
 * default run; run it with
 * {@code mvn -B -ntp -pl bot -am test -Dtest=LargeExportMemoryTests -Dsurefire.failIfNoSpecifiedTests=false -Pbench}.
 */
@Tag(LargeExportMemoryTests.TAG)
class LargeExportMemoryTests {

	static final String TAG = "large";
	private static final long ONE_GIGABYTE = 1L << 30;
	private static final String HEAP_LIMIT = "-Xmx256m";
	private static final long TIMEOUT_MINUTES = 20;

	@TempDir
	Path temp;

	@Test
	void parsesOneGigabyteWithA256MegabyteHeap() throws Exception {
		Path chat = temp.resolve("WhatsApp Chat with Ports Policy Group.txt");
		SyntheticExport.Written written = SyntheticExport.write(chat, ONE_GIGABYTE, 1L);
		assertThat(written.bytes()).isGreaterThanOrEqualTo(ONE_GIGABYTE);
		Path errors = temp.resolve("stderr.txt");
		long start = System.nanoTime();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, HEAP_LIMIT, "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), "org.recordsassistant.nccc.transfer.ParseCommand", "parse",
				chat.toString()))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(errors.toFile())
			.start();
		boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		String err = Files.readString(errors, StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "1 GB export: %d bytes, %d messages, parsed to JSON with %s in %.1f s%n",
				written.bytes(), written.messages(), HEAP_LIMIT, seconds);
		Files.delete(chat);
		assertThat(finished).as("finished within " + TIMEOUT_MINUTES + " minutes").isTrue();
		assertThat(process.exitValue()).as(err).isZero();
		assertThat(err).contains("events=" + written.messages() + " ");
		assertThat(new File(chat.toString())).doesNotExist();
	}
}
