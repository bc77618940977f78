package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordsassistant.nccc.transfer.filing.FilingFixtures.withoutWhitespace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is hard to lay out: other scripts, emoji, right to left, control characters, unbroken strings. */
class TranscriptTextTests {

	private static final String ARABIC = "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645";
	private static final String HEBREW = "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD";
	private static final String EMOJI = "Thanks \uD83D\uDC4D\uD83C\uDFFD see you \uD83D\uDE00 \u2764\uFE0F done";
	private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
	private static final String URL = "https://example.org/" + "a1b2c3d4e5".repeat(40) + "/end";

	@TempDir
	Path dir;

	@Test
	void rendersArabicHebrewAndEmojiWithoutFailing() throws IOException {
		Path json = FilingFixtures.conversationFrom(String.join("\n",
				"14/03/2024, 09:05 - Priya Shah: " + ARABIC,
				"14/03/2024, 09:06 - \u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9: " + HEBREW + " (ok) 123",
				"14/03/2024, 09:07 - Tom Reed: " + EMOJI,
				"14/03/2024, 09:08 - Tom Reed: " + FAMILY + " mixed English \u0639\u0631\u0628\u064A English",
				"14/03/2024, 09:09 - \uD83E\uDD13: \u4E2D\u6587 \u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC "
						+ "\u0420\u0443\u0441\u0441\u043A\u0438\u0439"),
				dir);
		Path pdf = dir.resolve("transcript.pdf");

		TranscriptSummary summary = new TranscriptPdfRenderer().render(json,
				FilingFixtures.cover(dir.resolve("chat.txt"), json), pdf);

		assertThat(summary.events()).isEqualTo(5);
		String text = withoutWhitespace(FilingFixtures.pdfText(pdf));
		assertThat(text).contains(withoutWhitespace(HEBREW), withoutWhitespace(ARABIC));
		assertThat(text).contains(withoutWhitespace(FontCoverage.expectedText(EMOJI)));
		assertThat(text).contains("\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC",
				"\u0420\u0443\u0441\u0441\u043A\u0438\u0439");
	}

	@Test
	void wrapsALongUnbrokenUrlWithinTheMargins() throws IOException {
		Path json = FilingFixtures.conversationFrom("14/03/2024, 09:05 - Priya Shah: see " + URL + " now\n", dir);
		Path pdf = dir.resolve("transcript.pdf");

		new TranscriptPdfRenderer().render(json, FilingFixtures.cover(dir.resolve("chat.txt"), json), pdf);

		List<String> lines = FilingFixtures.pdfText(pdf).lines().filter(line -> line.contains("a1b2c3")).toList();
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(withoutWhitespace(String.join("", lines))).contains(URL);
	}
}
