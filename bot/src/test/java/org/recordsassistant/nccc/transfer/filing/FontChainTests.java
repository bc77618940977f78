package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontChainTests {

	@TempDir
	Path dir;

	@Test
	void replacesControlCharactersAndMissingGlyphsVisiblyAndDropsJoiners() throws IOException {
		try (PDDocument document = new PDDocument()) {
			FontChain fonts = TranscriptStyles.create(document).body().fonts();

			assertThat(fonts.renderable("a\u0007b\tc\r\nd")).isEqualTo("a[U+0007]b    c\nd");
			assertThat(fonts.renderable("\uD83D\uDC68\u200D\uD83D\uDC69")).isEqualTo("[U+1F468][U+1F469]");
			assertThat(fonts.renderable("\u2764\uFE0F")).isEqualTo("\u2764");
			assertThat(fonts.renderable("lone \uD800 surrogate")).isEqualTo("lone [U+D800] surrogate");
			assertThat(fonts.renderable("plain text")).isSameAs("plain text");
		}
	}

	@Test
	void neverFailsOnRandomCodePointsFromEveryPlane() throws IOException {
		Random random = new Random(20260302);
		StringBuilder chat = new StringBuilder();
		for (int message = 0; message < 200; message++) {
			chat.append("14/03/2024, 10:").append(String.format("%02d", message % 60)).append(" - Tom Reed: ");
			for (int i = 0; i < 40; i++) {
				int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x30000) : 0x20 + random.nextInt(0x3000);
				if (codePoint != '\n' && codePoint != '\r' && Character.getType(codePoint) != Character.SURROGATE) {
					chat.appendCodePoint(codePoint);
				}
			}
			chat.append('\n');
		}
		Path json = FilingFixtures.conversationFrom(chat.toString(), dir);

		assertThatCode(() -> new TranscriptPdfRenderer().render(json,
				FilingFixtures.cover(dir.resolve("chat.txt"), json), dir.resolve("transcript.pdf")))
			.doesNotThrowAnyException();
	}
}
