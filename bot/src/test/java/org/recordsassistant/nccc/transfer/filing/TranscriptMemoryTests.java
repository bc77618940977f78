package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a generated 50,000-message conversation in a forked JVM with a 128 MB heap: if the renderer kept
 * messages or page content in memory, the fork would fail with OutOfMemoryError.
 */
class TranscriptMemoryTests {

	private static final int MESSAGES = 50_000;
	private static final String HEAP = "-Xmx128m";
	private static final long TIMEOUT_SECONDS = 120;
	private static final DateTimeFormatter WHATSAPP = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
	private static final String[] TEXTS = { "Can we confirm option B before the 11:00?",
			"Agreed, option B.\nDraft note to follow.\n\nThanks all",
			"Lorem ipsum dolor sit amet, consectetur adipiscing elit. Duis libero. Pellentesque non tincidunt erat. "
					+ "Nullam suscipit diam dolor, non pretium leo semper eu. Aliquam pellentesque facilisis nunc.",
			"\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD and \u0645\u0631\u062D\u0628\u0627 \uD83D\uDC4D",
			"https://example.org/" + "x9".repeat(120), "IMG-20240314-WA0001.jpg (file attached)",
			"This message was deleted" };

	@TempDir
	Path dir;

	@Test
	void rendersFiftyThousandMessagesInA128MegabyteHeap() throws Exception {
		Path json = generate(dir);
		Path pdf = dir.resolve("transcript.pdf");
		Path log = dir.resolve("fork.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process fork = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
				TranscriptRenderMain.class.getName(), json.toString(), pdf.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();

		boolean finished = fork.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		if (!finished) {
			fork.destroyForcibly();
		}

		String output = Files.readString(log);
		assertThat(finished).as("fork finished in time").isTrue();
		assertThat(fork.exitValue()).as(output).isZero();
		assertThat(output).doesNotContain("OutOfMemoryError").contains("events=" + MESSAGES)
			.contains("shown=" + MESSAGES);
		System.out.println("50,000-message transcript with " + HEAP + ": " + output.lines()
			.filter(line -> line.startsWith("pages=")).findFirst().orElse(output) + ", JSON bytes=" + Files.size(json));
	}

	private static Path generate(Path dir) throws IOException {
		Path chat = dir.resolve("chat.txt");
		LocalDateTime time = LocalDateTime.of(2024, 1, 1, 8, 0);
		try (BufferedWriter out = Files.newBufferedWriter(chat)) {
			for (int i = 0; i < MESSAGES; i++) {
				time = time.plusMinutes(7);
				out.write(WHATSAPP.format(time) + " - Person " + (i % 7) + ": " + TEXTS[i % TEXTS.length] + "\n");
			}
		}
		Path json = dir.resolve("conversation.json");
		FilingFixtures.convert(chat, json, dir);
		return json;
	}
}
