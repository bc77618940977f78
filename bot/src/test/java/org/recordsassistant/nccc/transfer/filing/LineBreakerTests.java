package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LineBreakerTests {

	private PDDocument document;
	private TextStyle body;
	private final List<String> lines = new ArrayList<>();
	private final List<Float> widths = new ArrayList<>();

	@BeforeEach
	void loadFonts() {
		document = new PDDocument();
		body = TranscriptStyles.create(document).body();
	}

	@AfterEach
	void close() throws Exception {
		document.close();
	}

	private LineBreaker breaker(float maxWidth) {
		return new LineBreaker(maxWidth, (codePoints, styles, length, width) -> {
			lines.add(new String(codePoints, 0, length));
			widths.add(width);
		});
	}

	@Test
	void breaksAtTheLastSpaceThatFits() {
		LineBreaker breaker = breaker(widthOf("gamma delta"));

		breaker.append(body, "alpha beta gamma delta");
		breaker.finish();

		assertThat(lines).containsExactly("alpha beta", "gamma delta");
	}

	@Test
	void breaksAWordLongerThanTheLineBetweenCharacters() {
		String url = "https://example.org/" + "abcdef".repeat(30);
		float max = widthOf("https://example.org/abc");
		LineBreaker breaker = breaker(max);

		breaker.append(body, url);
		breaker.finish();

		assertThat(lines).hasSizeGreaterThan(3);
		assertThat(String.join("", lines)).isEqualTo(url);
		assertThat(widths).allSatisfy(width -> assertThat(width).isLessThanOrEqualTo(max));
	}

	@Test
	void keepsLineBreaksAndBlankLines() {
		LineBreaker breaker = breaker(500);

		breaker.append(body, "one\n\nthree");
		breaker.finish();

		assertThat(lines).containsExactly("one", "", "three");
	}

	private float widthOf(String text) {
		return (float) text.codePoints().mapToDouble(body::width).sum() + 0.01f;
	}
}
