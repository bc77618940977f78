/**
 * Ask: answers questions on the NCCC guidance from a versioned knowledge base
 * ({@code guidance/knowledge-base.yaml}, optionally overridden by a departmental supplement named in
 * {@code nccc.guidance.supplement}), citing the paragraph or source, and says honestly when it has no
 * confirmed answer. Takes every text that is not a command or an open dialog's answer.
 * <p>
 * Nothing here is public: the module plugs in through {@code teams.spi} ({@code TurnHandler},
 * {@code FreeTextHandler}) and uses {@code teams.ProactiveMessenger} to pass questions to the records
 * team, who answer on the card ({@code guidance.reply}); the answer is relayed to the asker and may be
 * kept as a knowledge-base suggestion. Content owners run {@code guidance digest}. Ratings, unanswered
 * questions, escalations and suggestions are stored in the V10/V11 tables; question text is purged
 * after {@code nccc.guidance.question-retention}.
 */
package org.recordsassistant.nccc.guidance;
