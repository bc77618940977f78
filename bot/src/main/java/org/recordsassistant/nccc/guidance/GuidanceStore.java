package org.recordsassistant.nccc.guidance;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the Ask job keeps what users tell it: ratings, questions it could not answer, and questions
 * passed to the records team. The user's question text lives only here, never in logs.
 */
interface GuidanceStore {

	void saveFeedback(String entryId, String kbVersion, boolean helpful, String question, String userKey);

	/** An abstention, kept so the knowledge base can grow where staff actually ask. */
	void saveUnanswered(String question, String kbVersion, String topEntryId, double confidence, String userKey);

	/**
	 * @param askerName the display name Teams gave, shown to the records team; may be null
	 * @return the reference the user and the records team quote, e.g. {@code GQ-1A2B3C4D}
	 */
	String openEscalation(String question, String entryId, String kbVersion, String userKey, String askerName);

	void markEscalation(String reference, EscalationStatus status);

	Optional<EscalationTicket> findEscalation(String reference);

	/**
	 * Marks the escalation answered, and with {@code suggest} keeps the answer as a knowledge-base
	 * suggestion, in one transaction. Only the first call for a reference wins, so a second click (or a
	 * colleague's click at the same moment) relays nothing.
	 * @return true when this call recorded the answer, false when the escalation was already answered or is unknown
	 */
	boolean recordAnswer(TeamAnswer answer, boolean suggest);

	/** Undoes {@link #recordAnswer} after the answer could not be delivered, so the team can send it again. */
	void withdrawAnswer(String reference);

	/**
	 * An escalation as stored.
	 * @param userKey the asker, to relay the answer to
	 * @param answeredBy null until answered, as are the other answer fields
	 */
	record EscalationTicket(String reference, String question, String entryId, String kbVersion, String userKey,
			String askerName, EscalationStatus status, String answeredBy, String answeredByName, Instant answeredAt, String answer) {

		boolean answered() {
			return status == EscalationStatus.ANSWERED;
		}
	}

	/** A records-team member's reply to an escalation. */
	record TeamAnswer(String reference, String answer, String userKey, String name, Instant at) {
	}

	/**
	 * Deletes unanswered questions older than {@code cutoff} and blanks the question and answer text of
	 * older feedback, escalations and suggestions (the ids, ratings and who answered stay for reporting).
	 * @return rows affected
	 */
	int purgeQuestionsBefore(Instant cutoff);

	enum EscalationStatus {
		/** Saved; not yet sent to the records team. */
		OPEN,
		/** Posted to the records team's chat. */
		SENT,
		/** No records-team chat configured or reachable: the user was told to contact them directly. */
		NOT_SENT,
		/** A records-team member replied on the card and the reply was relayed to the asker. */
		ANSWERED
	}
}
