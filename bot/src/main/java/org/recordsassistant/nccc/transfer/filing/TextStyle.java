package org.recordsassistant.nccc.transfer.filing;

/**
 * How a span of text is drawn.
 *
 * @param fonts the fonts, first choice first
 * @param size font size in points
 * @param gray fill colour, 0 black to 1 white
 */
record TextStyle(FontChain fonts, float size, float gray) {

	/** Line height as a multiple of the font size. */
	static final float LEADING = 1.3f;

	float lineHeight() {
		return size * LEADING;
	}

	float width(int codePoint) {
		return fonts.width(codePoint, size);
	}
}
