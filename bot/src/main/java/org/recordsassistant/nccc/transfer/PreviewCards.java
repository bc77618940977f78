package org.recordsassistant.nccc.transfer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.transfer.parse.ConversationStats;
import org.recordsassistant.nccc.transfer.parse.DateOrder;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.ParseWarning;
import org.recordsassistant.nccc.transfer.parse.Participant;
import org.recordsassistant.nccc.transfer.parse.ParserOptions;

/** The File job's cards: preview, file-as-is offer, confirmed, cancelled. Names from the file are escaped. */
final class PreviewCards {
	static final String CONFIRM = "transfer.confirm";
	static final String CANCEL = "transfer.cancel";
	static final String DATE_ORDER = "transfer.dateOrder";
	static final String TRANSFER_ID = "transferId";
	static final String MODE = "mode";
	static final String AS_IS = "as-is";
	static final String DATE_ORDER_FIELD = "dateOrder";
	static final String DECLARATION = "declaration";
	static final String DECLARATION_REFERENCE = "declarationReference";
	static final String NO_DECLARATION = "none";
	static final String HAS_REFERENCE = "reference";
	static final String BUSINESS_AREA = "businessArea";
	static final String REFERENCE_PATTERN = "^NCCC-\\d{4}-\\d{6}$";
	static final int PARTICIPANTS_SHOWN = 10;
	/** Names and file names come from the upload: cut them so a hostile file cannot push the card past Teams' limit. */
	static final int MAX_NAME_CHARS = 60;
	static final int MAX_FILE_NAME_CHARS = 100;
	static final long GAP_WORTH_MENTIONING_SECONDS = 30L * 24 * 3600;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private PreviewCards() {
	}

	static ObjectNode preview(TransferJob job, ParseSummary summary, Map<String, String> businessAreas) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		ConversationStats stats = summary.stats();
		body.add(Cards.heading("Here's what I found"));
		body.add(Cards.subtle(fileName(job) + " · " + sourceLabel(summary.format().id())));
		body.add(Cards.facts("Participants", participantLine(summary), "Messages",
				stats.messages() + (stats.systemEvents() > 0 ? " (and " + stats.systemEvents() + " system events)" : ""),
				"First message", when(stats.firstTimestamp()), "Last message", when(stats.lastTimestamp()),
				"Attachments", attachmentLine(stats), "Deleted / edited", stats.deleted() + " / " + stats.edited()));
		List<ParseWarning> warnings = summary.warnings();
		boolean longGap = stats.largestGapSeconds() >= GAP_WORTH_MENTIONING_SECONDS;
		if (!warnings.isEmpty() || longGap) {
			body.add(Cards.text("**Check before filing**").put("spacing", "Medium"));
			for (ParseWarning warning : warnings) {
				body.add(Cards.text("• " + Cards.escape(warning.message())));
			}
			if (longGap) {
				body.add(Cards.text("• " + Cards.escape("There is a gap of " + stats.largestGapSeconds() / 86_400
						+ " days between two messages. Check that nothing is missing.")));
			}
		}
		addFilingInputs(body, businessAreas);
		body.add(Cards.subtle("Nothing is filed until you press Confirm."));
		ArrayNode actions = Cards.actions(card);
		actions.add(Cards.execute("Confirm and file", CONFIRM, idData(job)));
		if (summary.dateOrder().ambiguous() && job.mode() == TransferMode.WHATSAPP) {
			DateOrder other = summary.dateOrder().order() == DateOrder.MONTH_FIRST ? DateOrder.DAY_FIRST
					: DateOrder.MONTH_FIRST;
			ObjectNode data = idData(job).put(DATE_ORDER_FIELD, other.name());
			actions.add(withoutInputs(Cards.execute(other == DateOrder.MONTH_FIRST ? "Read dates month first"
					: "Read dates day first", DATE_ORDER, data)));
		}
		actions.add(withoutInputs(Cards.execute("Cancel", CANCEL, idData(job))));
		return card;
	}

	static ObjectNode asIs(TransferJob job, String why, Map<String, String> businessAreas) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("I can't show what's in this file"));
		// Our own sentence; the only part from the upload is an extension of letters and digits.
		body.add(Cards.text(why));
		body.add(Cards.facts("File", fileName(job), "Size", size(job.fileSize()), "SHA-256",
				job.sha256()));
		body.add(Cards.text("You can still file it as it is: the records library keeps the file exactly as you sent "
				+ "it, with its SHA-256, but without a transcript. Or cancel, and send an export or write a note "
				+ "instead (type **file**)."));
		addFilingInputs(body, businessAreas);
		ArrayNode actions = Cards.actions(card);
		actions.add(Cards.execute("File it as it is", CONFIRM, idData(job).put(MODE, AS_IS)));
		actions.add(withoutInputs(Cards.execute("Cancel", CANCEL, idData(job))));
		return card;
	}

	static ObjectNode confirmed(TransferJob job, String businessAreaLabel) {
		ObjectNode card = Cards.card();
		Cards.body(card).add(Cards.heading("Confirmed — I'm filing it now"));
		Cards.body(card).add(Cards.facts("File", fileName(job), "Declaration",
				job.declarationReference() == null ? "No declaration yet" : job.declarationReference(),
				"Business area", Cards.escape(businessAreaLabel)));
		Cards.body(card).add(Cards.text("I'll send you a receipt saying where it was filed, with the SHA-256 of "
				+ "the original. Keep your copy until then."));
		return card;
	}

	static ObjectNode cancelled() {
		ObjectNode card = Cards.card();
		Cards.body(card).add(Cards.heading("Cancelled"));
		Cards.body(card).add(Cards.text("Nothing was filed, and I've deleted the copy I made. Send the file again "
				+ "whenever you're ready."));
		return card;
	}

	private static void addFilingInputs(ArrayNode body, Map<String, String> businessAreas) {
		ObjectNode declaration = choiceSet(DECLARATION, "Linked declaration").put("value", NO_DECLARATION);
		declaration.withArray("choices").addObject().put("title", "No declaration yet").put("value", NO_DECLARATION);
		declaration.withArray("choices").addObject().put("title", "I have a declaration reference (type it below)")
				.put("value", HAS_REFERENCE);
		body.add(declaration);
		body.add(Cards.data().put("type", "Input.Text").put("id", DECLARATION_REFERENCE)
				.put("label", "Declaration reference (optional)").put("placeholder", "NCCC-2026-000123")
				.put("maxLength", 20).put("regex", REFERENCE_PATTERN)
				.put("errorMessage", "A reference looks like NCCC-2026-000123."));
		ObjectNode area = choiceSet(BUSINESS_AREA, "Business area").put("isRequired", true)
				.put("errorMessage", "Choose the business area the conversation belongs to.")
				.put("placeholder", "Choose a business area");
		businessAreas.forEach((key, label) -> area.withArray("choices").addObject().put("title", label)
				.put("value", key));
		body.add(area);
	}

	private static String fileName(TransferJob job) {
		return Cards.escape(cut(job.fileName(), MAX_FILE_NAME_CHARS));
	}

	static String cut(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static ObjectNode choiceSet(String id, String label) {
		ObjectNode set = Cards.data().put("type", "Input.ChoiceSet").put("id", id).put("label", label)
				.put("style", "compact");
		set.putArray("choices");
		return set;
	}

	private static ObjectNode idData(TransferJob job) {
		return Cards.data().put(TRANSFER_ID, job.id());
	}

	private static ObjectNode withoutInputs(ObjectNode action) {
		return action.put("associatedInputs", "none");
	}

	static String participantLine(ParseSummary summary) {
		List<Participant> people = summary.participants();
		if (people.isEmpty()) {
			return "none";
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < Math.min(PARTICIPANTS_SHOWN, people.size()); i++) {
			line.append(i == 0 ? "" : ", ").append(Cards.escape(cut(people.get(i).name(), MAX_NAME_CHARS)));
		}
		long more = people.size() - PARTICIPANTS_SHOWN + notListed(summary);
		if (more > 0) {
			line.append(" and ").append(more).append(" more");
		}
		return line.toString();
	}

	private static long notListed(ParseSummary summary) {
		return summary.warnings().stream().filter(w -> "PARTICIPANTS_NOT_LISTED".equals(w.code()))
				.mapToLong(ParseWarning::count).sum();
	}

	private static String attachmentLine(ConversationStats stats) {
		String line = stats.attachmentsPresent() + " included";
		if (stats.attachmentsMissing() > 0) {
			line += ", " + stats.attachmentsMissing() + " referenced but missing";
		}
		if (stats.mediaOmitted() > 0) {
			line += ", " + stats.mediaOmitted() + " left out of the export";
		}
		return line;
	}

	private static String sourceLabel(String format) {
		return switch (format) {
			case "whatsapp-ios" -> "WhatsApp export (iPhone)";
			case "whatsapp-android" -> "WhatsApp export (Android)";
			case "email" -> "Email";
			case "note" -> "Note of substance";
			default -> "Conversation";
		};
	}

	private static String when(OffsetDateTime time) {
		return time == null ? "none" : WHEN.format(time.atZoneSameInstant(ParserOptions.DEFAULT_ZONE));
	}

	static String size(Long bytes) {
		if (bytes == null) {
			return "unknown";
		}
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.UK, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
	}
}
