package org.recordsassistant.nccc.guidance;

import java.util.List;
import java.util.Optional;

import org.recordsassistant.nccc.guidance.GuidanceIndex.Hit;

/**
 * What the assistant will do with one message.
 *
 * @param kind which reply to give
 * @param candidates for {@link Kind#ANSWER} the answer; for {@link Kind#DID_YOU_MEAN} two or three close
 *        entries, best first; for {@link Kind#ABSTAIN} whatever ranked (for evaluation), possibly empty
 * @param smallTalk the intent when {@code kind} is {@link Kind#SMALL_TALK}, else null
 */
record Decision(Kind kind, List<Hit> candidates, SmallTalk smallTalk) {

	enum Kind {
		/** Confident in one entry: answer card. */
		ANSWER,
		/** Some confidence, but two or three entries are close (or only a weak single match): ask. */
		DID_YOU_MEAN,
		/** Nothing confident enough: say so and offer the records team. */
		ABSTAIN,
		/** A greeting, thanks or similar: a short fixed reply. */
		SMALL_TALK,
		/** Written in another language: say we only answer in English. */
		NOT_ENGLISH,
		/** No words at all (emoji, punctuation): ask for a question. */
		NO_QUESTION
	}

	Decision {
		candidates = List.copyOf(candidates);
	}

	static Decision of(Kind kind) {
		return new Decision(kind, List.of(), null);
	}

	Optional<Hit> top() {
		return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
	}

	double confidence() {
		return top().map(Hit::confidence).orElse(0.0);
	}
}
