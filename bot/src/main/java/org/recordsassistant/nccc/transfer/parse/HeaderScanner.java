package org.recordsassistant.nccc.transfer.parse;

/**
 * Reads the timestamp at the start of a line, by hand rather than by regular expression so that every variant
 * WhatsApp writes is one code path and a line costs a few character comparisons. Accepted, in any combination:
 * optional {@code [ ]} brackets (iPhone) or a {@code " - "} after the time (Android), dates with {@code /}, {@code .}
 * or {@code -}, two- or four-digit years, year first, a comma or spaces before the time, Finnish {@code klo},
 * {@code :} or {@code .} inside the time, optional seconds, and {@code AM}, {@code am}, {@code a.m.},
 * {@code a. m.} with ordinary, no-break or narrow no-break spaces.
 *
 * <p>The scanner keeps its results in fields and is reused line after line; it is not thread-safe.
 */
final class HeaderScanner {

	/** What a line turned out to be. */
	enum Result {
		/** Not a timestamp: a continuation line. */
		NONE,
		/** Starts with a date but the rest is not a WhatsApp header: a continuation line worth counting. */
		SUSPICIOUS,
		/** A message header; the fields below are set. */
		HEADER
	}

	static final int NO_MERIDIEM = 0;
	static final int AM = 1;
	static final int PM = 2;

	private static final char OPEN_BRACKET = '[';
	private static final char CLOSE_BRACKET = ']';
	private static final int YEAR_DIGITS = 4;
	private static final int SHORT_YEAR_DIGITS = 2;
	private static final int MAX_FIELD_DIGITS = 2;
	private static final String FINNISH_AT = "klo";

	int firstField;
	int secondField;
	int thirdField;
	boolean yearFirst;
	boolean shortYear;
	int hour;
	int minute;
	int second;
	int meridiem;
	ExportFormat format;
	/** Index in the line where the text after the header starts. */
	int restStart;

	private int digitsRead;
	private char[] line;
	private int length;

	/** Scans a whole string (tests and the rare lines that needed marks removed). */
	Result scan(String line) {
		return scan(line.toCharArray(), 0, line.length());
	}

	/**
	 * Scans {@code chars[start, end)}; {@link #restStart} is then an index into {@code chars}.
	 */
	Result scan(char[] chars, int start, int end) {
		this.line = chars;
		this.length = end;
		int i = start;
		boolean bracket = i < length && line[i] == OPEN_BRACKET;
		if (bracket) {
			i++;
		}
		// Date: three numeric fields with the same separator.
		int value = readNumber(i, YEAR_DIGITS);
		if (value < 0) {
			return Result.NONE;
		}
		int firstDigits = digitsRead;
		i += firstDigits;
		if (i >= length) {
			return Result.NONE;
		}
		char dateSeparator = line[i];
		if (dateSeparator != '/' && dateSeparator != '.' && dateSeparator != '-') {
			return Result.NONE;
		}
		firstField = value;
		i++;
		value = readNumber(i, MAX_FIELD_DIGITS);
		if (value < 0) {
			return Result.NONE;
		}
		i += digitsRead;
		if (i >= length || line[i] != dateSeparator) {
			return Result.NONE;
		}
		secondField = value;
		i++;
		yearFirst = firstDigits == YEAR_DIGITS;
		value = readNumber(i, yearFirst ? MAX_FIELD_DIGITS : YEAR_DIGITS);
		if (value < 0) {
			return Result.NONE;
		}
		int thirdDigits = digitsRead;
		i += thirdDigits;
		if (!yearFirst && thirdDigits != YEAR_DIGITS && thirdDigits != SHORT_YEAR_DIGITS) {
			return Result.NONE;
		}
		if (yearFirst && firstDigits != YEAR_DIGITS || !yearFirst && firstDigits > MAX_FIELD_DIGITS) {
			return Result.NONE;
		}
		thirdField = value;
		shortYear = !yearFirst && thirdDigits == SHORT_YEAR_DIGITS;
		// From here on the line starts like a date: failures are suspicious.
		if (i < length && line[i] == dateSeparator && dateSeparator == '.') {
			i++;
		}
		int beforeTime = i;
		if (i < length && line[i] == ',') {
			i++;
		}
		i = skipSpaces(i);
		if (startsWith(FINNISH_AT, i)) {
			i = skipSpaces(i + FINNISH_AT.length());
		}
		if (i == beforeTime) {
			return Result.SUSPICIOUS;
		}
		value = readNumber(i, MAX_FIELD_DIGITS);
		if (value < 0) {
			return Result.SUSPICIOUS;
		}
		hour = value;
		i += digitsRead;
		if (i >= length || !isTimeSeparator(line[i])) {
			return Result.SUSPICIOUS;
		}
		char timeSeparator = line[i];
		i++;
		value = readNumber(i, MAX_FIELD_DIGITS);
		if (value < 0 || digitsRead != MAX_FIELD_DIGITS) {
			return Result.SUSPICIOUS;
		}
		minute = value;
		i += MAX_FIELD_DIGITS;
		second = 0;
		if (i + 1 < length && line[i] == timeSeparator && isDigit(line[i + 1])) {
			value = readNumber(i + 1, MAX_FIELD_DIGITS);
			if (value < 0 || digitsRead != MAX_FIELD_DIGITS) {
				return Result.SUSPICIOUS;
			}
			second = value;
			i += 1 + MAX_FIELD_DIGITS;
		}
		i = readMeridiem(i);
		return readTerminator(i, bracket);
	}

	private Result readTerminator(int start, boolean bracket) {
		int i = start;
		if (bracket) {
			if (i >= length || line[i] != CLOSE_BRACKET) {
				return Result.SUSPICIOUS;
			}
			format = ExportFormat.WHATSAPP_IOS;
			restStart = skipSpaces(i + 1);
			return Result.HEADER;
		}
		i = skipSpaces(i);
		if (i < length && (line[i] == '-' || line[i] == '\u2013')
				&& (i + 1 == length || isSpace(line[i + 1]))) {
			format = ExportFormat.WHATSAPP_ANDROID;
			restStart = Math.min(length, i + 2);
			return Result.HEADER;
		}
		if (i == start && i < length && line[i] == ':' && i + 1 < length && isSpace(line[i + 1])) {
			format = ExportFormat.WHATSAPP_IOS;
			restStart = i + 2;
			return Result.HEADER;
		}
		return Result.SUSPICIOUS;
	}

	/** Reads AM/PM in its many spellings; returns the index after it, or {@code start} when there is none. */
	private int readMeridiem(int start) {
		meridiem = NO_MERIDIEM;
		int i = skipSpaces(start);
		if (i >= length) {
			return start;
		}
		char c = line[i];
		int found;
		if (c == 'a' || c == 'A') {
			found = AM;
		}
		else if (c == 'p' || c == 'P') {
			found = PM;
		}
		else {
			return start;
		}
		i++;
		if (i < length && line[i] == '.') {
			i++;
		}
		i = skipSpaces(i);
		if (i >= length || (line[i] != 'm' && line[i] != 'M')) {
			return start;
		}
		i++;
		if (i < length && line[i] == '.') {
			i++;
		}
		if (i < length && Character.isLetterOrDigit(line[i])) {
			return start;
		}
		meridiem = found;
		return i;
	}

	/** Reads 1 to maxDigits digits; returns the value or -1, and leaves the count in {@link #digitsRead}. */
	private int readNumber(int start, int maxDigits) {
		int value = 0;
		int i = start;
		while (i < length && i - start < maxDigits && isDigit(line[i])) {
			value = value * 10 + (line[i] - '0');
			i++;
		}
		digitsRead = i - start;
		if (digitsRead == 0 || (i < length && isDigit(line[i]))) {
			return -1;
		}
		return value;
	}

	private int skipSpaces(int start) {
		int i = start;
		while (i < length && isSpace(line[i])) {
			i++;
		}
		return i;
	}

	private boolean startsWith(String text, int at) {
		if (at + text.length() > length) {
			return false;
		}
		for (int k = 0; k < text.length(); k++) {
			if (line[at + k] != text.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\t';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isTimeSeparator(char c) {
		return c == ':' || c == '.';
	}
}
