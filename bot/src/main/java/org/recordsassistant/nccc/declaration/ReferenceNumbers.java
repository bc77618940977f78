package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out {@code NCCC-<year>-<6 digits>} from a per-year counter row. The increment runs in the
 * caller's transaction, so the row stays locked until the declaration is stored and a rolled-back
 * submission gives its number back; this works the same on H2 and PostgreSQL.
 */
final class ReferenceNumbers {
	static final String PREFIX = "NCCC-";
	private static final int DIGITS = 6;
	private static final long MAX = 999_999L;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;
	/** The year whose row is known to exist, so prepare() costs nothing after the first submission. */
	private volatile int knownYear;

	ReferenceNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// Creating the year's row must not share the caller's transaction: on PostgreSQL a failed insert
		// (another instance created it first) would poison that transaction.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Makes sure this year's counter row exists. Call before opening the transaction that calls
	 * {@link #next()}: creating the row needs a connection of its own, and asking for a second one while
	 * holding the first can starve the pool when many submissions start the year together.
	 */
	void prepare() {
		int year = year();
		if (knownYear != year) {
			createYear(year);
			knownYear = year;
		}
	}

	/** The next reference; call inside the transaction that stores the declaration. */
	String next() {
		int year = year();
		int updated = increment(year);
		if (updated == 0) {
			// The year turned between prepare() and now: rare enough to take the second connection.
			createYear(year);
			updated = increment(year);
		}
		if (updated != 1) {
			throw new IllegalStateException("Reference counter for the year is missing");
		}
		long value = jdbc.sql("SELECT next_value FROM declaration_reference_counter WHERE counter_year = ?")
				.param(year).query(Long.class).single();
		if (value > MAX) {
			throw new IllegalStateException("More than " + MAX + " declarations this year: widen the reference format");
		}
		return PREFIX + year + "-" + String.format("%0" + DIGITS + "d", value);
	}

	private int year() {
		return LocalDate.ofInstant(clock.instant(), DeclarationValidator.LONDON).getYear();
	}

	private int increment(int year) {
		return jdbc.sql("UPDATE declaration_reference_counter SET next_value = next_value + 1 WHERE counter_year = ?")
				.param(year).update();
	}

	private void createYear(int year) {
		try {
			ownTransaction.executeWithoutResult(status -> jdbc
					.sql("INSERT INTO declaration_reference_counter (counter_year, next_value) VALUES (?, 0)")
					.param(year).update());
		} catch (DuplicateKeyException alreadyThere) {
			// Another submission created the row first; incrementing it is all we need.
		}
	}
}
