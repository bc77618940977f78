package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One TrueType font of a document, read from a class-path resource. Answers whether it has a glyph for a code
 * point (from the font's Unicode cmap) and how wide it is. The PDF font is created on first use only, so a
 * fallback font that is never needed is not embedded.
 */
final class FontFace {

	private static final float THOUSAND = 1000f;

	private final PDDocument document;
	private final TrueTypeFont trueType;
	private final CmapLookup cmap;
	private final Map<Integer, Float> widths = new HashMap<>();
	private PDType0Font pdfFont;

	private FontFace(PDDocument document, TrueTypeFont trueType) throws IOException {
		this.document = document;
		this.trueType = trueType;
		this.cmap = trueType.getUnicodeCmapLookup();
	}

	/** Reads the font; the document closes it when it is closed. */
	static FontFace load(PDDocument document, String resource) {
		try (InputStream in = FontFace.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font resource missing from the class path: " + resource);
			}
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			document.registerTrueTypeFontForClosing(font);
			return new FontFace(document, font);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bundled font " + resource, ex);
		}
	}

	boolean has(int codePoint) {
		return cmap.getGlyphId(codePoint) > 0;
	}

	/** Width of one code point at size 1 (multiply by the font size). */
	float width(int codePoint) {
		Float known = widths.get(codePoint);
		if (known != null) {
			return known;
		}
		try {
			float width = pdfFont().getStringWidth(new String(Character.toChars(codePoint))) / THOUSAND;
			widths.put(codePoint, width);
			return width;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	PDType0Font pdfFont() {
		if (pdfFont == null) {
			try {
				pdfFont = PDType0Font.load(document, trueType, true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot embed a bundled font", ex);
			}
		}
		return pdfFont;
	}
}
