package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.calendar.WorkingDays;
import org.recordsassistant.nccc.teams.spi.Cards;

/**
 * The IAO card in its views (Universal Actions, tech-notes §6). Everyone who sees the card message sees the
 * read-only view; its {@code refresh} names the IAO and the deputy, whose clients fetch the view with the
 * buttons ({@code iao.refresh}). Once acknowledged the card is final: no buttons and no refresh, for anyone.
 */
final class NotificationCards {
	static final String ACKNOWLEDGE = "iao.acknowledge";
	static final String REQUEST_INFO = "iao.requestInfo";
	static final String REFRESH = "iao.refresh";
	static final String NOTIFICATION_ID = "notificationId";
	static final String REQUEST_ID = "requestId";
	static final String COMMENT = "comment";
	static final String NOTE = "note";
	static final int MAX_COMMENT_CHARS = 2000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.UK)
			.withZone(WorkingDays.LONDON);

	private NotificationCards() {
	}

	/** Why a card was sent again: as a reminder to the IAO, or escalated to the deputy. */
	enum Note {
		NONE(""),
		REMINDER("Reminder: this has not been acknowledged yet. Please acknowledge it, or ask for more information."),
		ESCALATION("Escalated to you as deputy Information Asset Owner: the IAO has not acknowledged this yet. "
				+ "You can acknowledge it or ask for more information on their behalf.");

		private final String text;

		Note(String text) {
			this.text = text;
		}

		static Note from(String name) {
			for (Note note : values()) {
				if (note.name().equalsIgnoreCase(name)) {
					return note;
				}
			}
			return NONE;
		}
	}

	/**
	 * Who did what so far, named for the card.
	 *
	 * @param acknowledgedBy a display name, or null while unacknowledged
	 * @param infoRequestedBy who last asked the declarant for information, or null
	 */
	record Progress(String acknowledgedBy, Instant acknowledgedAt, String infoRequestedBy, Instant infoRequestedAt) {
		static final Progress NONE = new Progress(null, null, null, null);
	}

	/** What everyone sees; {@code viewerIds} are the Teams ids whose clients refresh to their own view. */
	static ObjectNode readOnly(Notification n, Progress progress, Note note, List<String> viewerIds) {
		ObjectNode card = common(n, progress, note);
		if (!n.acknowledged()) {
			card.set("refresh", refresh(n, note, viewerIds));
		}
		return card;
	}

	/** The IAO's and deputy's view: the read-only card plus Acknowledge and Request information. */
	static ObjectNode actionable(Notification n, Progress progress, Note note, List<String> viewerIds, String requestId) {
		ObjectNode card = readOnly(n, progress, note, viewerIds);
		if (n.acknowledged()) {
			return card;
		}
		ArrayNode actions = Cards.actions(card);
		actions.add(Cards.execute("Acknowledge", ACKNOWLEDGE, idData(n, note)));
		if (n.declarantKey() != null) {
			actions.add(requestInfo(n, note, requestId));
		}
		return card;
	}

	private static ObjectNode common(Notification n, Progress progress, Note note) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		// Titles are ours (references and fixed words), never user text; escaping would show "\(" in Teams.
		ObjectNode heading = Cards.heading(n.summary().title());
		if (n.kind() == NotificationKind.SECRET_REPORTED) {
			heading.put("color", "Attention");
		}
		body.add(heading);
		if (note != Note.NONE && !n.acknowledged()) {
			body.add(Cards.text(note.text).put("weight", "Bolder"));
		}
		body.add(Cards.text(intro(n.kind())));
		String[] facts = new String[n.summary().facts().size() * 2];
		for (int i = 0; i < n.summary().facts().size(); i++) {
			Summary.Fact fact = n.summary().facts().get(i);
			facts[2 * i] = fact.label();
			facts[2 * i + 1] = Cards.escape(fact.value());
		}
		body.add(Cards.facts(facts));
		if (n.summary().link() != null) {
			body.add(Cards.text("[Open the record](" + n.summary().link() + ")"));
		}
		if (n.unrouted()) {
			body.add(Cards.subtle("This business area has no IAO of its own in the bot's settings, so it came to you "
					+ "as the default IAO."));
		}
		body.add(status(n, progress));
		return card;
	}

	/** The card's opening line: what happened, never what was said. */
	static String intro(NotificationKind kind) {
		return switch (kind) {
			case DECLARATION_SUBMITTED -> "Someone in your business area declared that they used a non-corporate "
					+ "channel for government business. The bot keeps no message content.";
			case DECLARATION_AMENDED -> "A declaration of non-corporate channel use in your business area was amended. "
					+ "These are the facts as they stand now.";
			case RECORD_FILED -> "Messages from a non-corporate channel were filed in the records library for your "
					+ "business area.";
			case SECRET_REPORTED -> "Someone in your business area reported that material they think is SECRET or "
					+ "above went over a non-corporate channel. The bot took no content and told them to contact their "
					+ "security team now.";
		};
	}

	private static ObjectNode status(Notification n, Progress progress) {
		if (n.acknowledged()) {
			return Cards.text("Acknowledged by " + Cards.escape(progress.acknowledgedBy()) + " at "
					+ TIME.format(progress.acknowledgedAt()) + ".").put("color", "Good").put("weight", "Bolder");
		}
		String waiting = "Waiting for the IAO to acknowledge.";
		if (progress.infoRequestedBy() != null) {
			return Cards.subtle("Information requested by " + Cards.escape(progress.infoRequestedBy()) + " at "
					+ TIME.format(progress.infoRequestedAt()) + ". " + waiting);
		}
		return Cards.subtle(waiting);
	}

	private static ObjectNode refresh(Notification n, Note note, List<String> viewerIds) {
		ObjectNode refresh = Cards.data();
		refresh.set("action", Cards.execute("Refresh", REFRESH, idData(n, note)));
		ArrayNode users = refresh.putArray("userIds");
		viewerIds.forEach(users::add);
		return refresh;
	}

	private static ObjectNode requestInfo(Notification n, Note note, String requestId) {
		ObjectNode form = Cards.data();
		form.put("type", "AdaptiveCard");
		ArrayNode body = form.putArray("body");
		body.addObject().put("type", "Input.Text").put("id", COMMENT).put("label", "Your question")
				.put("isMultiline", true).put("maxLength", MAX_COMMENT_CHARS)
				.put("placeholder", "What do you need to know? It goes to them in their chat with the bot.");
		ObjectNode data = idData(n, note).put(REQUEST_ID, requestId);
		form.putArray("actions").add(Cards.execute("Send", REQUEST_INFO, data));
		ObjectNode show = Cards.data();
		show.put("type", "Action.ShowCard");
		show.put("title", "Request information");
		show.set("card", form);
		return show;
	}

	private static ObjectNode idData(Notification n, Note note) {
		ObjectNode data = Cards.data().put(NOTIFICATION_ID, n.id());
		if (note != Note.NONE) {
			data.put(NOTE, note.name().toLowerCase(Locale.ROOT));
		}
		return data;
	}
}
