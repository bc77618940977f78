package org.recordsassistant.nccc.transfer.parse;

/**
 * Invisible direction and format marks that WhatsApp sprinkles into exports (U+200E before attachments and
 * system text, sometimes at the start of a line) and that must go before a line is matched.
 */
final class Marks {

	static final char LEFT_TO_RIGHT_MARK = '\u200E';

	private Marks() {
	}

	static boolean isMark(char c) {
		return c == LEFT_TO_RIGHT_MARK || c == '\u200F' || c == '\uFEFF' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069');
	}

	/** The text without marks; the same instance when it has none. */
	static String strip(String text) {
		int length = text.length();
		int first = -1;
		for (int i = 0; i < length; i++) {
			if (isMark(text.charAt(i))) {
				first = i;
				break;
			}
		}
		if (first < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(length);
		kept.append(text, 0, first);
		for (int i = first + 1; i < length; i++) {
			char c = text.charAt(i);
			if (!isMark(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}
}
