package org.recordsassistant.nccc.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.notification.IaoDigest.Digest;
import org.recordsassistant.nccc.notification.OverviewRepository.Notice;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.springframework.web.util.HtmlUtils;

/** The weekly digest as a card, and as an email for IAOs the bot cannot reach in Teams. Counts and references only. */
final class IaoDigestCards {
	private static final DateTimeFormatter WEEK_OF = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
	static final String TITLE = "Your weekly IAO digest";

	private IaoDigestCards() {
	}

	static ObjectNode card(Digest digest) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading(TITLE));
		body.add(Cards.subtle(WEEK_OF.format(digest.weekOf()) + " · " + Cards.escape(scope(digest))));
		body.add(Cards.facts("New in the last 7 days", newLine(digest), "Waiting for acknowledgement",
				String.valueOf(digest.pending()), "Overdue (over " + digest.rule().workingDays() + " working days)",
				String.valueOf(digest.overdue())));
		if (!digest.oldestPending().isEmpty()) {
			body.add(Cards.text("Waiting longest").put("weight", "Bolder").put("separator", true));
			for (Notice notice : digest.oldestPending()) {
				body.add(Cards.text("- " + line(notice, digest, true)).put("size", "Small"));
			}
		}
		body.add(Cards.subtle("Type **iao** for the full overview, to acknowledge what is waiting, or to export the "
				+ "register."));
		return card;
	}

	static String subject(Digest digest) {
		return TITLE + ": " + digest.pending() + " waiting, " + digest.overdue() + " overdue";
	}

	static String html(Digest digest) {
		StringBuilder html = new StringBuilder("<h2>").append(TITLE).append("</h2><p>")
				.append(WEEK_OF.format(digest.weekOf())).append(" · ").append(HtmlUtils.htmlEscape(scope(digest)))
				.append("</p><ul><li>New in the last 7 days: ").append(newLine(digest))
				.append("</li><li>Waiting for acknowledgement: ").append(digest.pending())
				.append("</li><li>Overdue (over ").append(digest.rule().workingDays()).append(" working days): ")
				.append(digest.overdue()).append("</li></ul>");
		if (!digest.oldestPending().isEmpty()) {
			html.append("<p><b>Waiting longest</b></p><ul>");
			digest.oldestPending().forEach(notice -> html.append("<li>").append(line(notice, digest, false)).append("</li>"));
			html.append("</ul>");
		}
		return html.append("<p>Open the NCCC records assistant in Teams and type <b>iao</b> for the full overview.</p>")
				.toString();
	}

	private static String scope(Digest digest) {
		List<String> parts = new ArrayList<>(digest.areas().values());
		if (digest.defaultOwner()) {
			parts.add("areas without an IAO of their own");
		}
		return String.join(", ", parts);
	}

	private static String newLine(Digest digest) {
		if (digest.newItems() == 0) {
			return "none";
		}
		List<String> kinds = new ArrayList<>();
		for (Map.Entry<String, Integer> kind : digest.newByKind().entrySet()) {
			kinds.add(NoticeKinds.counted(kind.getKey(), kind.getValue()));
		}
		kinds.sort(null);
		return digest.newItems() + " (" + String.join(", ", kinds) + ")";
	}

	private static String line(Notice notice, Digest digest, boolean markdown) {
		String title = Summary.forListing(notice).title();
		String safeTitle = markdown ? Cards.escape(title) : HtmlUtils.htmlEscape(title);
		String reference = markdown ? Cards.escape(notice.subjectRef()) : HtmlUtils.htmlEscape(notice.subjectRef());
		String overdue = digest.rule().overdue(notice.createdAt(), digest.now()) ? ", overdue" : "";
		return safeTitle + " (" + reference + "), received " + OverviewCards.day(notice.createdAt()) + overdue;
	}
}
