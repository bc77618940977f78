package org.recordsassistant.nccc.transfer.filing;

import java.text.Bidi;

/**
 * Puts one line of mixed left-to-right and right-to-left text (Hebrew, Arabic) into the order it is drawn, with
 * the Unicode bidirectional algorithm of {@link Bidi}, and mirrors brackets inside right-to-left runs. No
 * contextual shaping: Arabic letters appear in their isolated forms.
 */
final class VisualOrder {

	private static final String MIRRORED_PAIRS = "()[]{}<>\u00AB\u00BB\u2039\u203A";

	private VisualOrder() {
	}

	/**
	 * Reorders {@code codePoints[0..length)} and their styles in place into visual order.
	 *
	 * @param autoDirection true to take the base direction from the first strong character (message text),
	 *     false for left to right (headers and labels)
	 * @return true if the line's base direction is right to left (it should be right-aligned)
	 */
	static boolean reorder(int[] codePoints, TextStyle[] styles, int length, boolean autoDirection) {
		String text = new String(codePoints, 0, length);
		char[] chars = text.toCharArray();
		if (!Bidi.requiresBidi(chars, 0, chars.length)) {
			return false;
		}
		Bidi bidi = new Bidi(text,
				autoDirection ? Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT : Bidi.DIRECTION_LEFT_TO_RIGHT);
		byte[] levels = new byte[length];
		Integer[] order = new Integer[length];
		int charIndex = 0;
		for (int i = 0; i < length; i++) {
			levels[i] = (byte) bidi.getLevelAt(charIndex);
			order[i] = i;
			charIndex += Character.charCount(codePoints[i]);
		}
		Bidi.reorderVisually(levels, 0, order, 0, length);
		int[] reorderedCodePoints = new int[length];
		TextStyle[] reorderedStyles = new TextStyle[length];
		for (int i = 0; i < length; i++) {
			int source = order[i];
			int codePoint = codePoints[source];
			reorderedCodePoints[i] = (levels[source] & 1) == 1 ? mirror(codePoint) : codePoint;
			reorderedStyles[i] = styles[source];
		}
		System.arraycopy(reorderedCodePoints, 0, codePoints, 0, length);
		System.arraycopy(reorderedStyles, 0, styles, 0, length);
		return !bidi.baseIsLeftToRight();
	}

	static int mirror(int codePoint) {
		int index = codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT ? MIRRORED_PAIRS.indexOf(codePoint) : -1;
		if (index < 0) {
			return codePoint;
		}
		return MIRRORED_PAIRS.charAt(index ^ 1);
	}
}
