package org.recordsassistant.nccc.transfer.filing;

import java.util.Arrays;

/**
 * Greedy line breaking over styled text, streaming: only the line being filled is held. A line breaks at its
 * last space when the next character would not fit; a word longer than a whole line (a URL, a run of digits)
 * is broken between characters, so nothing ever runs past the margin. A line feed ends the line; blank lines
 * are kept.
 */
final class LineBreaker {

	/** Receives each finished line; the arrays are reused after the call returns. */
	interface Sink {

		void line(int[] codePoints, TextStyle[] styles, int length, float width);
	}

	private static final int INITIAL_CAPACITY = 128;

	private final float maxWidth;
	private final Sink sink;
	private int[] codePoints = new int[INITIAL_CAPACITY];
	private TextStyle[] styles = new TextStyle[INITIAL_CAPACITY];
	private float[] widths = new float[INITIAL_CAPACITY];
	private int length;
	private float width;
	private int lastSpace = -1;

	LineBreaker(float maxWidth, Sink sink) {
		this.maxWidth = maxWidth;
		this.sink = sink;
	}

	/** Adds text that is already {@linkplain FontChain#renderable(String) renderable} in the style's fonts. */
	void append(TextStyle style, String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (codePoint == '\n') {
				emit(length);
				continue;
			}
			float advance = style.width(codePoint);
			if (width + advance > maxWidth && length > 0) {
				wrap(codePoint == ' ');
				if (codePoint == ' ') {
					continue;
				}
			}
			add(codePoint, style, advance);
		}
	}

	/** Emits the line being filled, if it holds anything. */
	void finish() {
		if (length > 0) {
			emit(length);
		}
	}

	private void wrap(boolean atSpace) {
		if (atSpace || lastSpace <= 0) {
			emit(length);
			return;
		}
		int breakAt = lastSpace;
		sink.line(codePoints, styles, breakAt, widthOf(0, breakAt));
		int rest = length - breakAt - 1;
		System.arraycopy(codePoints, breakAt + 1, codePoints, 0, rest);
		System.arraycopy(styles, breakAt + 1, styles, 0, rest);
		System.arraycopy(widths, breakAt + 1, widths, 0, rest);
		length = rest;
		width = widthOf(0, rest);
		lastSpace = -1;
		for (int i = 0; i < rest; i++) {
			if (codePoints[i] == ' ') {
				lastSpace = i;
			}
		}
	}

	private void emit(int count) {
		sink.line(codePoints, styles, count, widthOf(0, count));
		length = 0;
		width = 0;
		lastSpace = -1;
	}

	private void add(int codePoint, TextStyle style, float advance) {
		if (length == codePoints.length) {
			codePoints = Arrays.copyOf(codePoints, length * 2);
			styles = Arrays.copyOf(styles, length * 2);
			widths = Arrays.copyOf(widths, length * 2);
		}
		if (codePoint == ' ') {
			lastSpace = length;
		}
		codePoints[length] = codePoint;
		styles[length] = style;
		widths[length] = advance;
		length++;
		width += advance;
	}

	private float widthOf(int from, int to) {
		float sum = 0;
		for (int i = from; i < to; i++) {
			sum += widths[i];
		}
		return sum;
	}
}
