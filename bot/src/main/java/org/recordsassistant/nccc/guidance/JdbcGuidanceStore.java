package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link GuidanceStore} on the shared database (tables from Flyway V10, H2 and PostgreSQL alike). */
final class JdbcGuidanceStore implements GuidanceStore {
	static final String REFERENCE_PREFIX = "GQ-";
	private static final int REFERENCE_LENGTH = 8;

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcGuidanceStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
	public String openEscalation(String question, String entryId, String kbVersion, String userKey) {
		String reference = REFERENCE_PREFIX
				+ UUID.randomUUID().toString().replace("-", "").substring(0, REFERENCE_LENGTH).toUpperCase(Locale.ROOT);
		jdbc.sql("INSERT INTO guidance_escalation (id, reference, question, entry_id, kb_version, user_key, status, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(newId(), reference, question, entryId, kbVersion, userKey, EscalationStatus.OPEN.name(), now())
				.update();
		return reference;
	}

	@Override
	public void markEscalation(String reference, EscalationStatus status) {
		jdbc.sql("UPDATE guidance_escalation SET status = ? WHERE reference = ?").params(status.name(), reference).update();
	}

	@Override
	public int purgeQuestionsBefore(Instant cutoff) {
		OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
		int deleted = jdbc.sql("DELETE FROM guidance_unanswered WHERE created_at < ?").param(before).update();
		int feedback = jdbc.sql("UPDATE guidance_feedback SET question = NULL WHERE created_at < ? AND question IS NOT NULL")
				.param(before).update();
		int escalations = jdbc.sql("UPDATE guidance_escalation SET question = NULL WHERE created_at < ? "
				+ "AND question IS NOT NULL").param(before).update();
		return deleted + feedback + escalations;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}
}
