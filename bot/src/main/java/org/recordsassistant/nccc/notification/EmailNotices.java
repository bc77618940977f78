package org.recordsassistant.nccc.notification;

import java.util.List;
import java.util.Optional;

import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.graphconnector.models.MailMessage;
import org.springframework.web.util.HtmlUtils;

/**
 * The email fallback: the card's summary (title, facts, record link) and a deep link to the bot's chat, to
 * the address the directory holds. No message content, as on the card.
 */
final class EmailNotices {
	private final Directory directory;
	private final Mailer mailer;
	private final String chatLink;

	EmailNotices(Directory directory, Mailer mailer, String chatLink) {
		this.directory = directory;
		this.mailer = mailer;
		this.chatLink = chatLink == null ? "" : chatLink.strip();
	}

	/** The directory knows no address for this person, so email cannot reach them either. */
	static final class NoAddressException extends RuntimeException {
		NoAddressException() {
			super("No email address in the directory");
		}
	}

	/**
	 * @throws NoAddressException when the directory has no address for {@code userKey}
	 * @throws RuntimeException when the mailer fails (worth retrying)
	 */
	void send(String userKey, Notification n, NotificationCards.Note note) {
		String address = addressOf(userKey).orElseThrow(NoAddressException::new);
		String subject = switch (note) {
			case REMINDER -> "Reminder: " + n.summary().title();
			case ESCALATION -> "Escalated to you: " + n.summary().title();
			case NONE -> n.summary().title();
		};
		mailer.send(new MailMessage(List.of(address), subject, body(n, note)));
	}

	/** Sends a plain message, e.g. an IAO's question relayed to a declarant the bot cannot reach in Teams. */
	void sendText(String userKey, String subject, String paragraph) {
		String address = addressOf(userKey).orElseThrow(NoAddressException::new);
		mailer.send(new MailMessage(List.of(address), subject, "<p>" + html(paragraph).replace("\n", "<br>") + "</p>"
				+ chatParagraph()));
	}

	private String body(Notification n, NotificationCards.Note note) {
		StringBuilder html = new StringBuilder("<h2>").append(html(n.summary().title())).append("</h2>");
		if (note != NotificationCards.Note.NONE) {
			html.append("<p><strong>").append(html(noteText(note))).append("</strong></p>");
		}
		html.append("<p>").append(html(NotificationCards.intro(n.kind()))).append("</p><table>");
		for (Summary.Fact fact : n.summary().facts()) {
			html.append("<tr><th align=\"left\">").append(html(fact.label())).append("</th><td>")
					.append(html(fact.value())).append("</td></tr>");
		}
		html.append("</table>");
		if (n.summary().link() != null) {
			html.append("<p><a href=\"").append(html(n.summary().link())).append("\">Open the record</a></p>");
		}
		if (n.unrouted()) {
			html.append("<p>This business area has no IAO of its own in the records assistant's settings, so it "
					+ "came to you as the default IAO.</p>");
		}
		html.append("<p>You got this by email because the records assistant could not reach you in Teams. ")
				.append("To acknowledge it or ask for more information, open your chat with the records assistant.</p>")
				.append(chatParagraph());
		return html.toString();
	}

	private String chatParagraph() {
		return chatLink.isEmpty() ? "" : "<p><a href=\"" + html(chatLink) + "\">Open the records assistant in Teams</a></p>";
	}

	private static String noteText(NotificationCards.Note note) {
		return note == NotificationCards.Note.REMINDER ? "Reminder: this has not been acknowledged yet."
				: "Escalated to you as deputy Information Asset Owner: the IAO has not acknowledged this yet.";
	}

	private Optional<String> addressOf(String userKey) {
		return directory.findUser(userKey).flatMap(DirectoryUser::emailAddress);
	}

	static String html(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}
}
