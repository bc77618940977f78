package org.recordsassistant.nccc.transfer.parse;

/** How the parser decided a file's {@link DateOrder}. */
public enum DateOrderBasis {
	/** A line had a first date field above 12, so it can only be a day. */
	DAY_ABOVE_TWELVE,
	/** A line had a second date field above 12, so the first must be the month. */
	SECOND_FIELD_ABOVE_TWELVE,
	/** The dates start with a four-digit year. */
	YEAR_FIRST_FORMAT,
	/** No line settled it; the user's locale was used. The result is ambiguous and must be reported. */
	LOCALE,
	/** The dates came in a structured form (an email's Date header, a date picker): there was nothing to infer. */
	STRUCTURED_DATES
}
