package org.recordsassistant.nccc.guidance;

import java.time.Instant;

/**
 * Where the Ask job keeps what users tell it: ratings, questions it could not answer, and questions
 * passed to the records team. The user's question text lives only here, never in logs.
 */
interface GuidanceStore {

	void saveFeedback(String entryId, String kbVersion, boolean helpful, String question, String userKey);

	/** An abstention, kept so the knowledge base can grow where staff actually ask. */
	void saveUnanswered(String question, String kbVersion, String topEntryId, double confidence, String userKey);

	/** @return the reference the user and the records team quote, e.g. {@code GQ-1A2B3C4D} */
	String openEscalation(String question, String entryId, String kbVersion, String userKey);

	void markEscalation(String reference, EscalationStatus status);

	/**
	 * Deletes unanswered questions older than {@code cutoff} and blanks the question text of older
	 * feedback and escalations (the ids and ratings stay for reporting).
	 * @return rows affected
	 */
	int purgeQuestionsBefore(Instant cutoff);

	enum EscalationStatus {
		/** Saved; not yet sent to the records team. */
		OPEN,
		/** Posted to the records team's chat. */
		SENT,
		/** No records-team chat configured or reachable: the user was told to contact them directly. */
		NOT_SENT
	}
}
