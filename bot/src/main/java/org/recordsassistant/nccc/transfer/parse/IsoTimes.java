package org.recordsassistant.nccc.transfer.parse;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * ISO 8601 text for timestamps, always with seconds ({@code 2024-03-14T09:05:00+01:00}), written by hand because
 * {@code DateTimeFormatter} dominated the cost of writing JSON. Produces exactly what
 * {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} / {@code ISO_LOCAL_DATE_TIME} do for whole seconds and
 * years 0 to 9999; other values fall back to them.
 */
final class IsoTimes {

	private static final int LOCAL_CHARS = 19;
	private static final int MAX_FAST_YEAR = 9999;

	private IsoTimes() {
	}

	static String local(LocalDateTime time) {
		if (!fast(time)) {
			return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
		}
		char[] text = new char[LOCAL_CHARS];
		fill(text, time);
		return new String(text);
	}

	static String offset(OffsetDateTime time) {
		LocalDateTime local = time.toLocalDateTime();
		if (!fast(local)) {
			return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
		}
		String zone = time.getOffset().getId();
		if (zone.length() > 6) {
			return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
		}
		char[] text = new char[LOCAL_CHARS + zone.length()];
		fill(text, local);
		zone.getChars(0, zone.length(), text, LOCAL_CHARS);
		return new String(text);
	}

	private static boolean fast(LocalDateTime time) {
		return time.getNano() == 0 && time.getYear() >= 0 && time.getYear() <= MAX_FAST_YEAR;
	}

	private static void fill(char[] text, LocalDateTime time) {
		int year = time.getYear();
		text[0] = digit(year / 1000);
		text[1] = digit(year / 100 % 10);
		text[2] = digit(year / 10 % 10);
		text[3] = digit(year % 10);
		text[4] = '-';
		two(text, 5, time.getMonthValue());
		text[7] = '-';
		two(text, 8, time.getDayOfMonth());
		text[10] = 'T';
		two(text, 11, time.getHour());
		text[13] = ':';
		two(text, 14, time.getMinute());
		text[16] = ':';
		two(text, 17, time.getSecond());
	}

	private static void two(char[] text, int at, int value) {
		text[at] = digit(value / 10);
		text[at + 1] = digit(value % 10);
	}

	private static char digit(int value) {
		return (char) ('0' + value);
	}
}
