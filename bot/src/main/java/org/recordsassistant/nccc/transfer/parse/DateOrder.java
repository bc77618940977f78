package org.recordsassistant.nccc.transfer.parse;

/** The order of the date fields in an export's timestamps. */
public enum DateOrder {
	/** {@code 14/03/2024}: day, month, year (UK and most of the world). */
	DAY_FIRST,
	/** {@code 3/14/24}: month, day, year (US). */
	MONTH_FIRST,
	/** {@code 2024/03/14}: year, month, day. */
	YEAR_FIRST
}
