package org.recordsassistant.nccc.guidance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recordsassistant.nccc.guidance.Decision.Kind;
import org.recordsassistant.nccc.guidance.GuidanceIndex.Hit;

/**
 * Turns a message into a {@link Decision}: small talk first, then the language check, then search with
 * thresholds tuned on the evaluation set (EvaluationTests prints the figures). Deterministic: the same
 * text and knowledge base always give the same decision.
 */
final class GuidanceMatcher {
	/** Below this the top entry is not trusted at all: abstain. */
	static final double ABSTAIN_BELOW = 0.44;
	/** At or above this, with no close rival, answer directly. */
	static final double ANSWER_AT = 0.55;
	/** A rival scoring at least this share of the top score is "close": ask which one was meant. */
	static final double CLOSE_RATIO = 0.85;
	static final int MAX_CHOICES = 3;
	/** nccc-facts.md §16: numbering beyond para 8 is unconfirmed, so such questions get the entry saying so. */
	static final String PARAGRAPH_NUMBERS_ID = "paragraph-numbers";
	private static final int SEARCH_DEPTH = 5;
	private static final Pattern HAS_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*", Pattern.DOTALL);
	private static final Pattern PARAGRAPH = Pattern.compile("(?i)\\bpara(?:graph)?s?\\.?\\s*(\\d{1,4})\\b");

	private final GuidanceIndex index;

	GuidanceMatcher(GuidanceIndex index) {
		this.index = index;
	}

	KnowledgeBase knowledgeBase() {
		return index.knowledgeBase();
	}

	Decision decide(String text) {
		String question = text == null ? "" : text.strip();
		if (!HAS_WORD.matcher(question).matches()) {
			return Decision.of(Kind.NO_QUESTION);
		}
		Optional<SmallTalk> chat = SmallTalk.match(question);
		if (chat.isPresent()) {
			return new Decision(Kind.SMALL_TALK, List.of(), chat.get());
		}
		if (LanguageCheck.notEnglish(question)) {
			return Decision.of(Kind.NOT_ENGLISH);
		}
		Optional<Decision> paragraph = paragraphQuestion(question);
		if (paragraph.isPresent()) {
			return paragraph.get();
		}
		List<Hit> hits = index.search(question, SEARCH_DEPTH);
		if (hits.isEmpty() || hits.get(0).confidence() < ABSTAIN_BELOW) {
			return new Decision(Kind.ABSTAIN, hits, null);
		}
		Hit top = hits.get(0);
		List<Hit> close = hits.stream()
				.filter(hit -> hit.confidence() >= ABSTAIN_BELOW && hit.score() >= CLOSE_RATIO * top.score())
				.limit(MAX_CHOICES).toList();
		if (top.confidence() >= ANSWER_AT && close.size() == 1) {
			return new Decision(Kind.ANSWER, close, null);
		}
		return new Decision(Kind.DID_YOU_MEAN, close, null);
	}

	/**
	 * "What does para N say?": beyond 8 the honest entry saying the numbering is unconfirmed; up to 8 the
	 * entries that cite that paragraph (one answers, several are offered). Searching the words would
	 * find entries that merely mention paragraphs.
	 */
	private Optional<Decision> paragraphQuestion(String question) {
		Matcher matcher = PARAGRAPH.matcher(question);
		if (!matcher.find()) {
			return Optional.empty();
		}
		int number = Integer.parseInt(matcher.group(1));
		if (number > KnowledgeBaseLoader.MAX_CITABLE_PARAGRAPH || number < 1) {
			return knowledgeBase().find(PARAGRAPH_NUMBERS_ID)
					.map(entry -> new Decision(Kind.ANSWER, List.of(new Hit(entry, 0f, 1.0)), null));
		}
		String citation = "para " + number;
		List<Hit> citing = knowledgeBase().entries().stream()
				.filter(entry -> entry.paragraphs().stream().anyMatch(p -> p.equalsIgnoreCase(citation)))
				.map(entry -> new Hit(entry, 0f, 1.0)).limit(MAX_CHOICES).toList();
		if (citing.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Decision(citing.size() == 1 ? Kind.ANSWER : Kind.DID_YOU_MEAN, citing, null));
	}
}
