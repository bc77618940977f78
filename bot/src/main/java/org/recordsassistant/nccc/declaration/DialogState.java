package org.recordsassistant.nccc.declaration;

import java.util.LinkedHashMap;

/**
 * Where a step-by-step declaration stands. Kept in the bot's conversation state, which lives in the
 * database, so a restart or another instance carries on from the same question.
 *
 * @param mode {@link #OFFERED} (card sent, a typed channel starts the dialog), {@link #ASKING} or {@link #CONFIRMING}
 * @param field the field id being asked
 * @param answers field id to the answer as the card would send it
 * @param submissionId makes the final submit idempotent, like a card instance
 */
record DialogState(String mode, String field, LinkedHashMap<String, String> answers, String submissionId) {
	static final String OFFERED = "offered";
	static final String ASKING = "asking";
	static final String CONFIRMING = "confirming";

	DialogState asking(Field next, LinkedHashMap<String, String> newAnswers) {
		return new DialogState(ASKING, next.id, newAnswers, submissionId);
	}

	DialogState confirming(LinkedHashMap<String, String> newAnswers) {
		return new DialogState(CONFIRMING, null, newAnswers, submissionId);
	}

	Field current() {
		return Field.byId(field);
	}
}
