package org.recordsassistant.nccc.declaration;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.recordsassistant.nccc.declaration.DeclarationRepository.at;

/**
 * Transfer reminders, shared by every instance. Claiming uses {@code sent_count} as a compare-and-set
 * version so each reminder is sent by exactly one instance, however many run the job at once.
 */
final class ReminderRepository {
	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A reminder that is due: the declaration, its owner and how many were sent before. */
	record Due(String reference, String userKey, int sentCount) {
	}

	/** Starts reminders for a declaration, or restarts them after an amendment put it back to "not yet". */
	void schedule(String reference, String userKey, Instant firstDue) {
		int updated = jdbc.sql("UPDATE declaration_reminder SET next_due = ? WHERE reference = ? AND next_due IS NULL")
				.params(at(firstDue), reference).update();
		if (updated == 0 && !exists(reference)) {
			jdbc.sql("INSERT INTO declaration_reminder (reference, user_key, next_due, sent_count) VALUES (?, ?, ?, 0)")
					.params(reference, userKey, at(firstDue)).update();
		}
	}

	void stop(String reference) {
		jdbc.sql("UPDATE declaration_reminder SET next_due = NULL WHERE reference = ?").param(reference).update();
	}

	List<Due> due(Instant now, int limit) {
		return jdbc.sql("SELECT reference, user_key, sent_count FROM declaration_reminder WHERE next_due <= ? "
				+ "ORDER BY next_due FETCH FIRST " + limit + " ROWS ONLY").param(at(now))
				.query((rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
	}

	/**
	 * Takes reminder number {@code due.sentCount() + 1} for this instance.
	 *
	 * @param nextDue when the following one is due, or null when this is the last
	 * @return false when another instance took it first (or it was stopped meanwhile)
	 */
	boolean claim(Due due, Instant nextDue, String instanceId, Instant now) {
		return jdbc.sql("UPDATE declaration_reminder SET sent_count = sent_count + 1, next_due = ?, last_sent_at = ?, "
				+ "claimed_by = ? WHERE reference = ? AND sent_count = ? AND next_due IS NOT NULL AND next_due <= ?")
				.params(at(nextDue), at(now), instanceId, due.reference(), due.sentCount(), at(now)).update() == 1;
	}

	int sentCount(String reference) {
		return jdbc.sql("SELECT sent_count FROM declaration_reminder WHERE reference = ?").param(reference)
				.query(Integer.class).optional().orElse(0);
	}

	private boolean exists(String reference) {
		return jdbc.sql("SELECT COUNT(*) FROM declaration_reminder WHERE reference = ?").param(reference)
				.query(Integer.class).single() > 0;
	}
}
