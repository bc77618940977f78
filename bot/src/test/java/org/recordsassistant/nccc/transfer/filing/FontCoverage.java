package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What the documented fallback rule turns a text into, worked out independently of the renderer from the bundled
 * fonts' own cmaps: invisible format characters and variation selectors vanish, characters no bundled font has
 * become {@code [U+XXXX]}.
 */
final class FontCoverage {

	private static final List<CmapLookup> CMAPS = List.of(cmap(TranscriptStyles.REGULAR_FONT),
			cmap(TranscriptStyles.BOLD_FONT), cmap(TranscriptStyles.FALLBACK_FONT));

	private FontCoverage() {
	}

	static boolean covered(int codePoint) {
		return CMAPS.stream().anyMatch(cmap -> cmap.getGlyphId(codePoint) > 0);
	}

	static String expectedText(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			if (Character.isWhitespace(codePoint)) {
				out.append(' ');
			}
			else if (Character.getType(codePoint) == Character.FORMAT || codePoint >= 0xFE00 && codePoint <= 0xFE0F) {
				return;
			}
			else if (!Character.isISOControl(codePoint) && covered(codePoint)) {
				out.appendCodePoint(codePoint);
			}
			else {
				out.append(String.format(Locale.ROOT, "[U+%04X]", codePoint));
			}
		});
		return out.toString();
	}

	private static CmapLookup cmap(String resource) {
		try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(resource)) {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			return font.getUnicodeCmapLookup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
