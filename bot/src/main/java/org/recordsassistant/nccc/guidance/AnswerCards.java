package org.recordsassistant.nccc.guidance;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.guidance.GuidanceIndex.Hit;
import org.recordsassistant.nccc.guidance.KnowledgeEntry.Status;
import org.recordsassistant.nccc.teams.spi.Cards;

/**
 * The Ask job's cards. Element ids are part of the contract end-to-end tests rely on: {@code question}
 * (heading), {@code answer}, {@code citation} ("Guidance version X, para N (source)"), {@code status}
 * (only for reported or not-in-guidance answers), {@code followUps} and {@code choices} (action sets).
 * User text appears only escaped, and only on the abstention card.
 */
final class AnswerCards {
	static final String VERB_HELPFUL = "answer.helpful";
	static final String VERB_UNHELPFUL = "answer.unhelpful";
	static final String VERB_ESCALATE = "answer.escalate";
	static final String VERB_SHOW = "guidance.show";
	static final String ENTRY_ID = "entryId";
	static final String KB_VERSION = "kbVersion";
	static final String QUESTION = "question";
	/** On {@link #VERB_SHOW}: {@link #FROM_CHOICE} replaces the did-you-mean card, else a new card is sent. */
	static final String FROM = "from";
	static final String FROM_CHOICE = "choice";
	static final String FROM_FOLLOW_UP = "followUp";
	static final String ESCALATE_TITLE = "Ask the records team";
	/** Card data is not shown, but it travels with every click: keep the question short. */
	static final int MAX_QUESTION_IN_DATA = 500;
	static final int MAX_FOLLOW_UPS = 3;

	private AnswerCards() {
	}

	/** The answer card; {@code question} is the user's text, carried in button data for feedback only. */
	static ObjectNode answer(KnowledgeEntry entry, KnowledgeBase kb, String question) {
		ObjectNode card = answerBody(entry, kb);
		List<KnowledgeEntry> related = entry.followUps().stream().limit(MAX_FOLLOW_UPS).map(kb::find)
				.flatMap(Optional::stream).toList();
		if (!related.isEmpty()) {
			// Rows that wrap, not buttons: Teams cuts a button's title to one line, and these are questions.
			ObjectNode followUps = Cards.body(card).addObject().put("type", "Container").put("id", "followUps")
					.put("separator", true);
			ArrayNode rows = followUps.putArray("items");
			rows.add(Cards.subtle("Related questions"));
			related.forEach(next -> {
				ObjectNode row = rows.addObject().put("type", "Container");
				row.putArray("items").add(Cards.text("› " + next.question()).put("color", "Accent"));
				row.set("selectAction", Cards.execute(next.question(), VERB_SHOW, showData(next, question, FROM_FOLLOW_UP)));
			});
		}
		ObjectNode data = feedbackData(entry, kb, question);
		ArrayNode actions = Cards.actions(card);
		actions.add(Cards.execute("Helpful", VERB_HELPFUL, data));
		actions.add(Cards.execute("Not helpful", VERB_UNHELPFUL, data));
		actions.add(Cards.execute(ESCALATE_TITLE, VERB_ESCALATE, data));
		return card;
	}

	/**
	 * The answer again after a rating: the rating acknowledged in place of the rating buttons, and the
	 * records team still offered, since "not helpful" usually means the question is still open.
	 */
	static ObjectNode rated(KnowledgeEntry entry, KnowledgeBase kb, boolean helpful, String question) {
		ObjectNode card = answerBody(entry, kb);
		Cards.body(card).add(Cards.subtle(helpful ? "Thanks: you marked this answer helpful."
				: "Thanks: you marked this answer not helpful. If you still need help, ask the records team.")
				.put("id", "rating"));
		Cards.actions(card).add(Cards.execute(ESCALATE_TITLE, VERB_ESCALATE, feedbackData(entry, kb, question)));
		return card;
	}

	private static ObjectNode answerBody(KnowledgeEntry entry, KnowledgeBase kb) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading(entry.question()).put("id", "question"));
		body.add(Cards.text(entry.answer()).put("id", "answer"));
		body.add(Cards.subtle(citation(entry, kb)).put("id", "citation"));
		if (entry.status() == Status.REPORTED) {
			body.add(Cards.subtle("Reported by secondary sources, not yet confirmed against the guidance text.").put("id", "status"));
		}
		else if (entry.status() == Status.NOT_IN_GUIDANCE) {
			body.add(Cards.subtle("The central guidance sets no rule on this; your department's guidance applies.").put("id", "status"));
		}
		return card;
	}

	/** "Guidance version 2026.11.1, para 5 (Cabinet Office guidance)". */
	static String citation(KnowledgeEntry entry, KnowledgeBase kb) {
		return "Guidance version " + kb.version() + ", " + String.join("; ", entry.paragraphs()) + " ("
				+ entry.source().label() + ")";
	}

	static ObjectNode didYouMean(List<Hit> candidates, String question) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("Did you mean…").put("id", "question"));
		body.add(Cards.text(candidates.size() == 1 ? "I think this is what you're asking about. Is it?"
				: "A few answers are close to your question. Pick the one you meant:"));
		ArrayNode choices = body.addObject().put("type", "ActionSet").put("id", "choices").putArray("actions");
		candidates.forEach(hit -> choices.add(Cards.execute(hit.entry().question(), VERB_SHOW,
				showData(hit.entry(), question, FROM_CHOICE))));
		Cards.actions(card).add(Cards.execute("None of these: " + ESCALATE_TITLE.toLowerCase(), VERB_ESCALATE,
				Cards.data().put(QUESTION, shortened(question))));
		return card;
	}

	static ObjectNode abstention(String question) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("I don't have a confirmed answer to that").put("id", "question"));
		body.add(Cards.text("You asked: " + Cards.escape(shortened(question))).put("id", "asked"));
		body.add(Cards.text("I only answer from the government guidance on non-corporate channels (WhatsApp, "
				+ "Signal, texts, private email) and the rules around it, and I won't guess. The records team can "
				+ "help with anything else on records; for HR, pay or IT, please use those services.").put("id", "answer"));
		Cards.actions(card).add(Cards.execute(ESCALATE_TITLE, VERB_ESCALATE, Cards.data().put(QUESTION, shortened(question))));
		return card;
	}

	private static ObjectNode showData(KnowledgeEntry entry, String question, String from) {
		return Cards.data().put(ENTRY_ID, entry.id()).put(QUESTION, shortened(question)).put(FROM, from);
	}

	private static ObjectNode feedbackData(KnowledgeEntry entry, KnowledgeBase kb, String question) {
		return Cards.data().put(ENTRY_ID, entry.id()).put(KB_VERSION, kb.version()).put(QUESTION, shortened(question));
	}

	static String shortened(String question) {
		if (question == null) {
			return "";
		}
		return question.length() > MAX_QUESTION_IN_DATA ? question.substring(0, MAX_QUESTION_IN_DATA) : question;
	}
}
