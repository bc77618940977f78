package org.recordsassistant.nccc.guidance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** {@link GuidanceStore} on the shared database (tables from Flyway V10 and V11, H2 and PostgreSQL alike). */
final class JdbcGuidanceStore implements GuidanceStore {
	static final String REFERENCE_PREFIX = "GQ-";
	private static final int REFERENCE_LENGTH = 8;
	private static final String ESCALATION_COLUMNS = "reference, question, entry_id, kb_version, user_key, asker_name, status, "
			+ "answered_by, answered_by_name, answered_at, answer";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionOperations transactions;

	JdbcGuidanceStore(JdbcClient jdbc, Clock clock) {
		this(jdbc, clock, TransactionOperations.withoutTransaction());
	}

	JdbcGuidanceStore(JdbcClient jdbc, Clock clock, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void saveFeedback(String entryId, String kbVersion, boolean helpful, String question, String userKey) {
		jdbc.sql("INSERT INTO guidance_feedback (id, entry_id, kb_version, helpful, question, user_key, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(newId(), entryId, kbVersion, helpful, question, userKey, now()).update();
	}

	@Override
	public void saveUnanswered(String question, String kbVersion, String topEntryId, double confidence, String userKey) {
		jdbc.sql("INSERT INTO guidance_unanswered (id, question, kb_version, top_entry_id, confidence, user_key, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(newId(), question, kbVersion, topEntryId, confidence, userKey, now()).update();
	}

	@Override
	public String openEscalation(String question, String entryId, String kbVersion, String userKey, String askerName) {
		String reference = REFERENCE_PREFIX
				+ UUID.randomUUID().toString().replace("-", "").substring(0, REFERENCE_LENGTH).toUpperCase(Locale.ROOT);
		jdbc.sql("INSERT INTO guidance_escalation (id, reference, question, entry_id, kb_version, user_key, asker_name, "
				+ "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(newId(), reference, question, entryId, kbVersion, userKey, askerName, EscalationStatus.OPEN.name(),
						now())
				.update();
		return reference;
	}

	@Override
	public void markEscalation(String reference, EscalationStatus status) {
		jdbc.sql("UPDATE guidance_escalation SET status = ? WHERE reference = ?").params(status.name(), reference).update();
	}

	@Override
	public Optional<EscalationTicket> findEscalation(String reference) {
		return jdbc.sql("SELECT " + ESCALATION_COLUMNS + " FROM guidance_escalation WHERE reference = ?")
				.param(reference).query(JdbcGuidanceStore::ticket).optional();
	}

	@Override
	public boolean recordAnswer(TeamAnswer answer, boolean suggest) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			// The status condition makes the first writer win on H2 and PostgreSQL alike (row lock on update).
			int claimed = jdbc.sql("UPDATE guidance_escalation SET status = ?, answered_by = ?, answered_by_name = ?, "
					+ "answered_at = ?, answer = ? WHERE reference = ? AND status <> ?")
					.params(EscalationStatus.ANSWERED.name(), answer.userKey(), answer.name(), utc(answer.at()),
							answer.answer(), answer.reference(), EscalationStatus.ANSWERED.name())
					.update();
			if (claimed == 1 && suggest) {
				jdbc.sql("INSERT INTO guidance_suggestion (id, reference, question, answer, entry_id, kb_version, "
						+ "suggested_by, created_at) SELECT ?, reference, question, answer, entry_id, kb_version, "
						+ "answered_by, answered_at FROM guidance_escalation WHERE reference = ?")
						.params(newId(), answer.reference()).update();
			}
			return claimed == 1;
		}));
	}

	@Override
	public void withdrawAnswer(String reference) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM guidance_suggestion WHERE reference = ?").param(reference).update();
			jdbc.sql("UPDATE guidance_escalation SET status = ?, answered_by = NULL, answered_by_name = NULL, "
					+ "answered_at = NULL, answer = NULL WHERE reference = ? AND status = ?")
					.params(EscalationStatus.SENT.name(), reference, EscalationStatus.ANSWERED.name()).update();
		});
	}

	@Override
	public int purgeQuestionsBefore(Instant cutoff) {
		OffsetDateTime before = utc(cutoff);
		int deleted = jdbc.sql("DELETE FROM guidance_unanswered WHERE created_at < ?").param(before).update();
		int feedback = jdbc.sql("UPDATE guidance_feedback SET question = NULL WHERE created_at < ? AND question IS NOT NULL")
				.param(before).update();
		int escalations = jdbc.sql("UPDATE guidance_escalation SET question = NULL, answer = NULL WHERE created_at < ? "
				+ "AND (question IS NOT NULL OR answer IS NOT NULL)").param(before).update();
		int suggestions = jdbc.sql("UPDATE guidance_suggestion SET question = NULL WHERE created_at < ? "
				+ "AND question IS NOT NULL").param(before).update();
		return deleted + feedback + escalations + suggestions;
	}

	private static EscalationTicket ticket(ResultSet rs, int row) throws SQLException {
		OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
		return new EscalationTicket(rs.getString("reference"), rs.getString("question"), rs.getString("entry_id"),
				rs.getString("kb_version"), rs.getString("user_key"), rs.getString("asker_name"),
				EscalationStatus.valueOf(rs.getString("status")),
				rs.getString("answered_by"), rs.getString("answered_by_name"),
				answeredAt == null ? null : answeredAt.toInstant(), rs.getString("answer"));
	}

	private OffsetDateTime now() {
		return utc(clock.instant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}
}
