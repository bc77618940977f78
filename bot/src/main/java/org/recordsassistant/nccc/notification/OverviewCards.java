package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.calendar.WorkingDays;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.notification.OverviewRepository.Notice;
import org.recordsassistant.nccc.teams.spi.Cards;

/**
 * The {@code iao} card: counts by status, what is waiting (oldest first, overdue marked), the latest
 * declarations and filings, and the register export form. Everything that came from a person (titles,
 * facts, names) is escaped.
 */
final class OverviewCards {
	static final String EXPORT = "iao.export";
	static final String FROM = "from";
	static final String TO = "to";
	static final String AREA = "area";
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
	/** Channel labels for notices, the overview and the digest alike. */
	static final Map<String, String> CHANNELS = Map.of("whatsapp", "WhatsApp", "signal", "Signal", "sms", "SMS",
			"imessage", "iMessage", "private-email", "Private email", "social-dm", "Social media DM", "other", "Other");

	private OverviewCards() {
	}

	/** A declaration or filing with, for declarations, where the declaration stands now. */
	record Latest(Notice notice, Optional<DeclarationSummary> declaration) {
	}

	/**
	 * @param areas the user's areas, key → label, in display order
	 * @param defaultOwner the user is the default IAO or deputy
	 * @param byStatus notice count per delivery status
	 */
	record Overview(Map<String, String> areas, boolean defaultOwner, Map<String, Integer> byStatus, int pending,
			int overdue, List<Notice> oldestPending, List<Latest> latest, OverdueRule rule, Instant now,
			LocalDate today) {
	}

	/** A line above the card after a button: what happened, or what was wrong. */
	record Feedback(String text, boolean problem) {
	}

	/** The dates to show in the export form, kept from the last click when they were valid. */
	record ExportForm(LocalDate from, LocalDate to, String area) {
	}

	static ObjectNode overview(Overview o, Feedback feedback, ExportForm form) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("IAO overview"));
		if (feedback != null) {
			body.add(Cards.text(feedback.text()).put("color", feedback.problem() ? "Attention" : "Good")
					.put("weight", "Bolder"));
		}
		body.add(Cards.subtle(scopeLine(o)));
		body.add(Cards.facts("Waiting for acknowledgement", String.valueOf(o.pending()),
				"Overdue (over " + o.rule().workingDays() + " working days)", String.valueOf(o.overdue()),
				"Queued to send", count(o, "QUEUED"), "Sent, not yet acknowledged", count(o, "SENT"),
				"Delivery failed", count(o, "FAILED"), "Acknowledged", count(o, OverviewRepository.ACKNOWLEDGED)));

		body.add(section("Waiting for you"));
		if (o.oldestPending().isEmpty()) {
			body.add(Cards.text("Nothing is waiting for acknowledgement."));
		}
		o.oldestPending().forEach(notice -> body.add(item(notice, o, waitingState(notice, o))));
		if (o.pending() > o.oldestPending().size()) {
			body.add(Cards.subtle("… and " + (o.pending() - o.oldestPending().size()) + " more, oldest shown first."));
		}

		body.add(section("Latest declarations and filings"));
		if (o.latest().isEmpty()) {
			body.add(Cards.text("No declarations or filings in your area(s) yet."));
		}
		o.latest().forEach(latest -> body.add(item(latest.notice(), o, latestState(latest))));

		exportForm(card, o, form);
		return card;
	}

	private static void exportForm(ObjectNode card, Overview o, ExportForm form) {
		ArrayNode body = Cards.body(card);
		body.add(section("Export the declaration register"));
		if (o.areas().isEmpty()) {
			body.add(Cards.text("No business area is routed to you by name, so there is no register to export. "
					+ "Notices for areas without an IAO of their own still come to you."));
			return;
		}
		body.add(Cards.text("I'll email you a CSV of every declaration whose messages fall in the dates you choose "
				+ "(at most a year). It holds personal data: keep it in corporate systems."));
		ObjectNode data = Cards.data();
		if (o.areas().size() == 1) {
			data.put(AREA, o.areas().keySet().iterator().next());
		} else {
			ObjectNode choice = body.addObject().put("type", "Input.ChoiceSet").put("id", AREA)
					.put("label", "Business area").put("style", "compact").put("isRequired", true)
					.put("errorMessage", "Choose the business area to export.");
			ArrayNode choices = choice.putArray("choices");
			o.areas().forEach((key, label) -> choices.addObject().put("title", label).put("value", key));
			choice.put("value", form.area() != null && o.areas().containsKey(form.area()) ? form.area()
					: o.areas().keySet().iterator().next());
		}
		body.add(dateInput(FROM, "From", form.from(), o.today()));
		body.add(dateInput(TO, "To", form.to(), o.today()));
		Cards.actions(card).add(Cards.execute("Email me the register (CSV)", EXPORT, data));
	}

	private static ObjectNode dateInput(String id, String label, LocalDate value, LocalDate today) {
		ObjectNode input = Cards.data().put("type", "Input.Date").put("id", id).put("label", label)
				.put("isRequired", true).put("errorMessage", "Choose a date, no later than today.")
				.put("max", today.toString());
		if (value != null) {
			input.put("value", value.toString());
		}
		return input;
	}

	private static String scopeLine(Overview o) {
		StringBuilder line = new StringBuilder();
		if (!o.areas().isEmpty()) {
			line.append("Your area").append(o.areas().size() == 1 ? ": " : "s: ")
					.append(Cards.escape(String.join(", ", o.areas().values()))).append('.');
		}
		if (o.defaultOwner()) {
			line.append(line.length() > 0 ? " " : "").append("You are the default IAO (or deputy), so this also "
					+ "covers notices for areas without an IAO of their own.");
		}
		return line.toString();
	}

	private static String count(Overview o, String status) {
		return String.valueOf(o.byStatus().getOrDefault(status, 0));
	}

	private static ObjectNode section(String title) {
		return Cards.text(title).put("weight", "Bolder").put("separator", true).put("spacing", "Medium");
	}

	private static ObjectNode item(Notice notice, Overview o, String state) {
		Summary summary = Summary.forListing(notice);
		ObjectNode container = Cards.data().put("type", "Container").put("separator", true);
		ArrayNode items = container.putArray("items");
		items.add(Cards.text("**" + Cards.escape(summary.title()) + "**"));
		String area = notice.businessArea() == null ? "no business area"
				: o.areas().getOrDefault(notice.businessArea(), notice.businessArea());
		items.add(Cards.subtle(NoticeKinds.label(notice.kind()) + " · " + Cards.escape(notice.subjectRef()) + " · "
				+ Cards.escape(area) + " · received " + day(notice.createdAt())));
		if (!summary.facts().isEmpty()) {
			StringBuilder facts = new StringBuilder();
			summary.facts().stream().limit(4).forEach(fact -> facts.append(facts.length() > 0 ? " · " : "")
					.append(Cards.escape(fact.label())).append(": ").append(Cards.escape(fact.value())));
			items.add(Cards.subtle(facts.toString()));
		}
		items.add(Cards.text(state).put("size", "Small").put("color",
				state.startsWith("Overdue") ? "Attention" : "Default"));
		if (summary.link() != null) {
			container.set("selectAction", Cards.openUrl("Open", summary.link()));
		}
		return container;
	}

	private static String waitingState(Notice notice, Overview o) {
		String delivery = switch (notice.status()) {
			case "QUEUED" -> "not delivered yet";
			case "FAILED" -> "delivery failed";
			default -> "waiting for acknowledgement";
		};
		if (o.rule().overdue(notice.createdAt(), o.now())) {
			return "Overdue since " + day(o.rule().dueBy(notice.createdAt())) + ", " + delivery;
		}
		return Character.toUpperCase(delivery.charAt(0)) + delivery.substring(1);
	}

	private static String latestState(Latest latest) {
		Notice notice = latest.notice();
		String state = notice.pending() ? "Not yet acknowledged"
				: "Acknowledged" + (notice.acknowledgedAt() == null ? "" : " " + day(notice.acknowledgedAt()));
		return latest.declaration().map(d -> "Declaration now: " + d.status().label() + " · "
				+ CHANNELS.getOrDefault(d.channel(), Cards.escape(d.channel())) + " · messages " + DAY.format(d.dateFrom())
				+ " to " + DAY.format(d.dateTo()) + ". " + state).orElse(state);
	}

	static String day(Instant instant) {
		return DAY.format(instant.atZone(WorkingDays.LONDON));
	}
}
