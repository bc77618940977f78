package org.recordsassistant.nccc.transfer.filing;

import java.util.List;
import java.util.Locale;

/**
 * An ordered list of fonts for one style: each code point is drawn with the first font that has a glyph for it.
 * A code point no font has is never passed to PDFBox (which would throw): {@link #renderable(String)} drops
 * invisible format characters (zero-width joiners, variation selectors), which leave no ink anyway, and
 * replaces any other character no font has, and control characters, with a visible {@code [U+XXXX]}
 * placeholder, so the character can still be identified in the JSON.
 */
final class FontChain {

	private static final String PLACEHOLDER_FORMAT = "[U+%04X]";
	private static final int TAB_WIDTH = 4;

	private final List<FontFace> faces;

	FontChain(List<FontFace> faces) {
		if (faces.isEmpty()) {
			throw new IllegalArgumentException("a font chain needs at least one font");
		}
		this.faces = List.copyOf(faces);
	}

	/** The font that draws the code point; the first font when none can (only placeholders reach here). */
	FontFace faceFor(int codePoint) {
		for (FontFace face : faces) {
			if (face.has(codePoint)) {
				return face;
			}
		}
		return faces.get(0);
	}

	float width(int codePoint, float size) {
		return faceFor(codePoint).width(codePoint) * size;
	}

	/**
	 * Returns the text with every character drawable by this chain: tabs become spaces, line breaks are kept,
	 * undrawable invisible characters are dropped and other undrawable characters become {@code [U+XXXX]}.
	 */
	String renderable(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			String replacement = replacement(codePoint);
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				}
				else {
					out.appendCodePoint(codePoint);
				}
			}
			i = next;
		}
		return out == null ? text : out.toString();
	}

	/** Null when the code point is drawn as is. */
	private String replacement(int codePoint) {
		if (codePoint == '\n' || codePoint == ' ') {
			return null;
		}
		if (codePoint == '\t') {
			return " ".repeat(TAB_WIDTH);
		}
		if (codePoint == '\r') {
			return "";
		}
		if (isInvisible(codePoint)) {
			return "";
		}
		if (!Character.isISOControl(codePoint) && hasGlyph(codePoint)) {
			return null;
		}
		return String.format(Locale.ROOT, PLACEHOLDER_FORMAT, codePoint);
	}

	private boolean hasGlyph(int codePoint) {
		for (FontFace face : faces) {
			if (face.has(codePoint)) {
				return true;
			}
		}
		return false;
	}

	/** Format characters (joiners, direction marks) and variation selectors: no glyph is expected. */
	static boolean isInvisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.FORMAT || codePoint >= 0xFE00 && codePoint <= 0xFE0F
				|| codePoint >= 0xE0100 && codePoint <= 0xE01EF;
	}
}
