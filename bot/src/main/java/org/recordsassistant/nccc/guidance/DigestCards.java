package org.recordsassistant.nccc.guidance;

import java.time.Duration;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.guidance.GuidanceReport.Digest;
import org.recordsassistant.nccc.guidance.GuidanceReport.NotHelpful;
import org.recordsassistant.nccc.guidance.GuidanceReport.Suggestion;
import org.recordsassistant.nccc.guidance.GuidanceReport.Unanswered;
import org.recordsassistant.nccc.teams.spi.Cards;

/**
 * The content owner's digest card. Element ids: {@code counts}, {@code unanswered}, {@code notHelpful},
 * {@code suggestions}. Questions and answers are users' words: shortened and escaped.
 */
final class DigestCards {
	/** Enough to recognise a question; the full text is in the database for the retention period. */
	static final int MAX_SHOWN_CHARS = 200;
	private static final String NONE = "None.";
	private static final String PURGED = "(question text no longer kept)";

	private DigestCards() {
	}

	static ObjectNode digest(Digest digest, Duration retention) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("Guidance digest"));
		body.add(Cards.subtle("Everything still kept: question text is removed after " + retention.toDays() + " days."));
		body.add(Cards.facts("Unanswered questions", Integer.toString(digest.unanswered()),
				"Not helpful ratings", Integer.toString(digest.notHelpfulRatings()),
				"Escalations not yet answered", Integer.toString(digest.openEscalations()),
				"Answers suggested for the knowledge base", Integer.toString(digest.suggestions())).put("id", "counts"));

		body.add(section("Latest unanswered questions"));
		ObjectNode unanswered = container(body, "unanswered");
		for (Unanswered question : digest.latestUnanswered()) {
			items(unanswered).add(Cards.text("- " + RecordsTeamCards.when(question.askedAt()) + ": "
					+ shown(question.question()) + (question.nearestEntryId() == null ? ""
							: " (nearest: " + question.nearestEntryId() + ")")));
		}
		emptyAsNone(unanswered);

		body.add(section("Answers rated not helpful"));
		ObjectNode notHelpful = container(body, "notHelpful");
		for (NotHelpful entry : digest.notHelpfulEntries()) {
			items(notHelpful).add(Cards.text("- " + entry.entryId() + " (version " + entry.kbVersion() + "): "
					+ entry.ratings() + (entry.ratings() == 1 ? " rating" : " ratings")));
		}
		emptyAsNone(notHelpful);

		body.add(section("Answers suggested by the records team"));
		ObjectNode suggestions = container(body, "suggestions");
		for (Suggestion suggestion : digest.latestSuggestions()) {
			items(suggestions).add(Cards.text("- " + suggestion.reference() + ": " + shown(suggestion.question())
					+ " → " + shown(suggestion.answer())));
		}
		emptyAsNone(suggestions);
		return card;
	}

	private static ObjectNode section(String title) {
		return Cards.text(title).put("weight", "Bolder").put("separator", true);
	}

	private static ObjectNode container(ArrayNode body, String id) {
		ObjectNode container = body.addObject().put("type", "Container").put("id", id);
		container.putArray("items");
		return container;
	}

	private static ArrayNode items(ObjectNode container) {
		return (ArrayNode) container.get("items");
	}

	private static void emptyAsNone(ObjectNode container) {
		if (items(container).isEmpty()) {
			items(container).add(Cards.subtle(NONE));
		}
	}

	private static String shown(String text) {
		if (text == null || text.isBlank()) {
			return PURGED;
		}
		String cut = text.length() > MAX_SHOWN_CHARS ? text.substring(0, MAX_SHOWN_CHARS) + "…" : text;
		return Cards.escape(cut.replaceAll("\\s+", " "));
	}
}
