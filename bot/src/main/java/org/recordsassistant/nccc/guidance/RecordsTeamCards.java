package org.recordsassistant.nccc.guidance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationTicket;
import org.recordsassistant.nccc.guidance.RecordsTeam.Escalation;
import org.recordsassistant.nccc.teams.spi.Cards;

/**
 * Cards of the records-team round trip: the escalation with a reply form (element ids {@code asked},
 * {@code replyText}, {@code addToKnowledgeBase}, {@code answered}), the same card once answered, and the
 * answer relayed to the asker ({@code reply}). Everyone's typed words appear only escaped.
 */
final class RecordsTeamCards {
	static final String VERB_REPLY = "guidance.reply";
	static final String REFERENCE = "reference";
	static final String REPLY_TEXT = "replyText";
	static final String ADD_TO_KB = "addToKnowledgeBase";
	/** Long enough for a considered answer, short enough to keep every card far under Teams' size limit. */
	static final int MAX_REPLY_CHARS = 4000;
	private static final String REFERENCE_TITLE = "Reference";
	private static final String ANSWERED_BY = "Answered by";
	private static final String NO_QUESTION = "(question text no longer kept)";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK)
			.withZone(ZoneOffset.UTC);

	private RecordsTeamCards() {
	}

	/** What the records team receives: the question, who asked, and a form to answer on the card. */
	static ObjectNode escalation(Escalation escalation) {
		ObjectNode card = header(escalation.reference(), escalation.askerName(), escalation.entryId(), escalation.question());
		ArrayNode body = Cards.body(card);
		body.addObject().put("type", "Input.Text").put("id", REPLY_TEXT).put("isMultiline", true)
				.put("maxLength", MAX_REPLY_CHARS).put("label", "Your answer (sent to them in their chat with me)")
				.put("placeholder", "Type the answer to send").put("isRequired", true)
				.put("errorMessage", "Type an answer before sending");
		body.addObject().put("type", "Input.Toggle").put("id", ADD_TO_KB)
				.put("title", "Suggest this answer for the knowledge base").put("value", "false")
				.put("valueOn", "true").put("valueOff", "false");
		Cards.actions(card).add(Cards.execute("Send answer", VERB_REPLY,
				Cards.data().put(REFERENCE, escalation.reference())));
		return card;
	}

	/** The escalation card after someone answered it: no form, just who, when and what. */
	static ObjectNode answered(EscalationTicket ticket) {
		ObjectNode card = header(ticket.reference(), ticket.askerName(), ticket.entryId(), ticket.question());
		ArrayNode body = Cards.body(card);
		body.add(Cards.text(answeredLine(ticket)).put("id", "answered").put("weight", "Bolder"));
		if (ticket.answer() != null) {
			body.add(Cards.text("Answer sent: " + Cards.escape(ticket.answer())).put("id", "reply"));
		}
		return card;
	}

	/** What the asker receives in their own chat. */
	static ObjectNode relayed(EscalationTicket ticket) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("The records team answered your question").put("id", "question"));
		body.add(Cards.facts(REFERENCE_TITLE, ticket.reference(), ANSWERED_BY, Cards.escape(ticket.answeredByName())));
		body.add(Cards.subtle("You asked: " + Cards.escape(orPlaceholder(ticket.question()))).put("id", "asked"));
		body.add(Cards.text(Cards.escape(ticket.answer())).put("id", "reply"));
		body.add(Cards.subtle("This answer comes from the records team, not from the published guidance.")
				.put("id", "status"));
		return card;
	}

	static String answeredLine(EscalationTicket ticket) {
		return ANSWERED_BY + " " + Cards.escape(ticket.answeredByName()) + " at " + WHEN.format(ticket.answeredAt());
	}

	static String when(Instant instant) {
		return WHEN.format(instant);
	}

	private static ObjectNode header(String reference, String askerName, String entryId, String question) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("Question passed on by the NCCC assistant"));
		body.add(Cards.facts(REFERENCE_TITLE, reference,
				"From", Cards.escape(askerName == null ? "(name not given)" : askerName),
				"Answer they saw", entryId == null ? "none" : entryId));
		body.add(Cards.text("Question: " + Cards.escape(orPlaceholder(question))).put("id", "asked"));
		return card;
	}

	private static String orPlaceholder(String question) {
		return question == null || question.isBlank() ? NO_QUESTION : question;
	}
}
