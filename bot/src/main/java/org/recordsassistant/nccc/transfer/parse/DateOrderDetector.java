package org.recordsassistant.nccc.transfer.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.recordsassistant.nccc.transfer.parse.ChatParseException.Problem;

/**
 * The first pass: reads only the date fields of header lines until one settles the date order (a first field
 * above 12 is a day, a second field above 12 means the first is a month). It stops there, so a typical file is
 * settled within its first lines; an ambiguous file is read to the end and the user's locale decides.
 */
final class DateOrderDetector {

	/** After this many year-first headers and no other kind, the file is taken to be year-first. */
	static final int YEAR_FIRST_SETTLES = 1000;
	private static final int MONTHS = 12;
	private static final int MAX_DAY = 31;

	/** What the first pass found. */
	record Result(DateOrderDecision decision, ExportFormat format, DateOrder fallbackOrder) {
	}

	private DateOrderDetector() {
	}

	static Result detect(TextSource source, Locale locale) {
		DateOrder localeOrder = localeOrder(locale);
		HeaderScanner scanner = new HeaderScanner();
		ExportFormat format = null;
		long yearFirstHeaders = 0;
		long otherHeaders = 0;
		try (LineReader lines = ChatTextDecoder.open(source)) {
			while (lines.next()) {
				if (lines.continuesLine()) {
					continue;
				}
				char[] chars = lines.chars();
				int start = lines.start();
				int end = lines.end();
				if (lines.hasMarks()) {
					chars = Marks.strip(lines.line()).toCharArray();
					start = 0;
					end = chars.length;
				}
				if (!WhatsAppExportParser.mayStartHeader(chars, start, end)
						|| scanner.scan(chars, start, end) != HeaderScanner.Result.HEADER) {
					continue;
				}
				if (format == null) {
					format = scanner.format;
				}
				if (scanner.yearFirst) {
					yearFirstHeaders++;
					if (otherHeaders == 0 && yearFirstHeaders >= YEAR_FIRST_SETTLES) {
						break;
					}
					continue;
				}
				otherHeaders++;
				int first = scanner.firstField;
				int second = scanner.secondField;
				if (first > MONTHS && first <= MAX_DAY && second >= 1 && second <= MONTHS) {
					return settled(DateOrder.DAY_FIRST, DateOrderBasis.DAY_ABOVE_TWELVE, lines, locale, format);
				}
				if (second > MONTHS && second <= MAX_DAY && first >= 1 && first <= MONTHS) {
					return settled(DateOrder.MONTH_FIRST, DateOrderBasis.SECOND_FIELD_ABOVE_TWELVE, lines, locale,
							format);
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new ChatParseException(Problem.INVALID_ENCODING, "invalid text encoding", ex);
		}
		catch (IOException ex) {
			throw new ChatParseException(Problem.UNREADABLE, "cannot read the chat text", ex);
		}
		if (format == null) {
			throw new ChatParseException(Problem.NO_MESSAGES, "no line starts with a WhatsApp timestamp");
		}
		if (otherHeaders == 0) {
			return new Result(new DateOrderDecision(DateOrder.YEAR_FIRST, false, DateOrderBasis.YEAR_FIRST_FORMAT, 0,
					locale.toLanguageTag()), format, localeOrder);
		}
		return new Result(DateOrderDecision.fromLocale(localeOrder, locale), format, localeOrder);
	}

	private static Result settled(DateOrder order, DateOrderBasis basis, LineReader lines, Locale locale,
			ExportFormat format) {
		return new Result(new DateOrderDecision(order, false, basis, lines.lineNumber(), locale.toLanguageTag()),
				format, order);
	}

	/** Day-first or month-first as the locale writes short dates (from the JDK's CLDR data); day-first if unsure. */
	static DateOrder localeOrder(Locale locale) {
		try {
			String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
					IsoChronology.INSTANCE, locale);
			int day = pattern.indexOf('d');
			int month = pattern.indexOf('M');
			int year = pattern.indexOf('y');
			boolean yearLeads = year >= 0 && year < month;
			if (day >= 0 && month >= 0 && month < day && !yearLeads) {
				return DateOrder.MONTH_FIRST;
			}
			return DateOrder.DAY_FIRST;
		}
		catch (RuntimeException ex) {
			return DateOrder.DAY_FIRST;
		}
	}
}
