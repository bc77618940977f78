package org.recordsassistant.nccc.guidance;

import java.util.concurrent.CompletableFuture;

/** Passes a question the assistant could not settle to the records team. */
interface RecordsTeam {

	/**
	 * @return completes with true when the records team was sent it, false when there is no records-team
	 *         chat to send to (the user must then contact them directly)
	 */
	CompletableFuture<Boolean> pass(Escalation escalation);

	/**
	 * @param reference what the user and the records team quote
	 * @param question the user's words (shown escaped on the records team's card)
	 * @param askerName the display name Teams gave, so the team knows whom to reply to
	 * @param entryId the answer the user was looking at, or null
	 */
	record Escalation(String reference, String question, String askerName, String entryId) {
	}
}
