package org.recordsassistant.nccc.guidance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One question the assistant can answer, with the wording staff use for it and where the answer comes
 * from. Fields are nullable only while a departmental supplement is being merged (a partial override);
 * {@link KnowledgeBaseLoader} rejects an entry that is still incomplete afterwards.
 *
 * @param id kebab-case, stable: feedback rows and card buttons refer to it
 * @param section the nccc-facts.md section it rests on, e.g. {@code "§6"}
 * @param question the canonical question, shown as the answer card's heading
 * @param phrasings other ways staff ask it (search only, never shown)
 * @param answer plain English, at most {@link KnowledgeBaseLoader#MAX_ANSWER_WORDS} words
 * @param paragraphs what to cite: {@code "para 5"} (1-8 only) or a named source
 * @param source who the answer rests on
 * @param status how firm the answer is
 * @param followUps ids of related entries, offered as buttons
 */
record KnowledgeEntry(String id, String section, String question, List<String> phrasings, String answer,
		List<String> paragraphs, Source source, Status status, List<String> followUps) {

	/** Who the answer rests on; the card names it in the citation line. */
	enum Source {
		@JsonProperty("cabinet-office") CABINET_OFFICE("Cabinet Office guidance"),
		@JsonProperty("ico") ICO("Information Commissioner's Office"),
		@JsonProperty("tna") TNA("The National Archives"),
		@JsonProperty("legislation") LEGISLATION("Legislation"),
		@JsonProperty("departmental") DEPARTMENTAL("Departmental practice");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	/** Mirrors the markers in nccc-facts.md so a card can say how firm an answer is. */
	enum Status {
		/** Checked against the primary source. */
		@JsonProperty("confirmed") CONFIRMED,
		/** Secondary sources only ("(check)"): the answer says "reported". */
		@JsonProperty("reported") REPORTED,
		/** The department's own process ("(dept)"). */
		@JsonProperty("departmental") DEPARTMENTAL,
		/** The central guidance gives no rule ("(not found)"): the answer points to the department. */
		@JsonProperty("not-in-guidance") NOT_IN_GUIDANCE
	}

	/** A copy with every non-null field of {@code override} in place of this entry's. */
	KnowledgeEntry overriddenBy(KnowledgeEntry override) {
		return new KnowledgeEntry(id, pick(override.section, section), pick(override.question, question),
				pick(override.phrasings, phrasings), pick(override.answer, answer),
				pick(override.paragraphs, paragraphs), pick(override.source, source), pick(override.status, status),
				pick(override.followUps, followUps));
	}

	private static <T> T pick(T preferred, T fallback) {
		return preferred != null ? preferred : fallback;
	}
}
