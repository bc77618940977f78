package org.recordsassistant.nccc.guidance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what the content owner needs to improve the knowledge base: questions the assistant could not
 * answer, answers rated not helpful, escalations still open and answers the records team suggested.
 * Everything stored is within the retention period, since the purge removes or blanks older text.
 */
final class GuidanceReport {
	private final JdbcClient jdbc;

	GuidanceReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param latest how many questions, entries and suggestions to list */
	Digest digest(int latest) {
		return new Digest(count("SELECT COUNT(*) FROM guidance_unanswered"),
				count("SELECT COUNT(*) FROM guidance_feedback WHERE helpful = FALSE"),
				jdbc.sql("SELECT COUNT(*) FROM guidance_escalation WHERE status <> ?")
						.param(GuidanceStore.EscalationStatus.ANSWERED.name()).query(Integer.class).single(),
				count("SELECT COUNT(*) FROM guidance_suggestion"),
				latestUnanswered(latest), notHelpful(latest), latestSuggestions(latest));
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private List<Unanswered> latestUnanswered(int latest) {
		return jdbc.sql("SELECT question, top_entry_id, created_at FROM guidance_unanswered "
				+ "ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY").param(latest)
				.query((rs, row) -> new Unanswered(rs.getString(1), rs.getString(2),
						rs.getObject(3, OffsetDateTime.class).toInstant()))
				.list();
	}

	private List<NotHelpful> notHelpful(int latest) {
		return jdbc.sql("SELECT entry_id, kb_version, COUNT(*) AS ratings FROM guidance_feedback WHERE helpful = FALSE "
				+ "GROUP BY entry_id, kb_version ORDER BY ratings DESC, entry_id, kb_version FETCH FIRST ? ROWS ONLY")
				.param(latest).query((rs, row) -> new NotHelpful(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
	}

	private List<Suggestion> latestSuggestions(int latest) {
		return jdbc.sql("SELECT reference, entry_id, question, answer FROM guidance_suggestion "
				+ "ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY").param(latest)
				.query((rs, row) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.list();
	}

	/** Counts of everything kept, and the latest items of each kind. */
	record Digest(int unanswered, int notHelpfulRatings, int openEscalations, int suggestions,
			List<Unanswered> latestUnanswered, List<NotHelpful> notHelpfulEntries, List<Suggestion> latestSuggestions) {
	}

	record Unanswered(String question, String nearestEntryId, Instant askedAt) {
	}

	record NotHelpful(String entryId, String kbVersion, int ratings) {
	}

	/** @param question null once purged */
	record Suggestion(String reference, String entryId, String question, String answer) {
	}
}
