package org.recordsassistant.nccc.transfer;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.recordsassistant.nccc.transfer.parse.ChatMessage;
import org.recordsassistant.nccc.transfer.parse.DirectConversationWriter;
import org.recordsassistant.nccc.transfer.parse.ExportFormat;
import org.recordsassistant.nccc.transfer.parse.MessageFlag;
import org.recordsassistant.nccc.transfer.parse.MessageKind;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.SourceInfo;

/**
 * A note of substance, for when no export is possible (nccc-facts §15): who was involved, when, on which channel,
 * what was decided and why. Filed as one message of kind NOTE, written by the person filing it.
 */
record NoteOfSubstance(String who, LocalDate date, String channel, String decided, String why) {
	static final String WHO = "noteWho";
	static final String DATE = "noteDate";
	static final String CHANNEL = "noteChannel";
	static final String DECIDED = "noteDecided";
	static final String WHY = "noteWhy";
	static final int MAX_WHO = 500;
	static final int MAX_DECIDED = 4000;
	static final int MAX_WHY = 2000;

	/** Channel keys as in the declaration card (ARCHITECTURE.md), with the labels shown. */
	static final Map<String, String> CHANNELS = channels();

	private static Map<String, String> channels() {
		Map<String, String> channels = new LinkedHashMap<>();
		channels.put("whatsapp", "WhatsApp");
		channels.put("signal", "Signal");
		channels.put("sms", "SMS / text message");
		channels.put("imessage", "iMessage");
		channels.put("private-email", "Private email");
		channels.put("social-dm", "Social media direct message");
		channels.put("other", "Other");
		return Collections.unmodifiableMap(channels);
	}

	/** Problems with what was typed, as sentences for the user; empty when the note can be recorded. */
	static List<String> problems(CardAction action, LocalDate today) {
		List<String> problems = new ArrayList<>();
		String who = action.text(WHO);
		String decided = action.text(DECIDED);
		String why = action.text(WHY);
		String channel = action.text(CHANNEL);
		if (blank(who)) {
			problems.add("Say who was involved.");
		}
		else if (who.length() > MAX_WHO) {
			problems.add("'Who was involved' is longer than " + MAX_WHO + " characters.");
		}
		if (blank(decided)) {
			problems.add("Say what was decided or agreed.");
		}
		else if (decided.length() > MAX_DECIDED) {
			problems.add("'What was decided' is longer than " + MAX_DECIDED + " characters.");
		}
		if (why != null && why.length() > MAX_WHY) {
			problems.add("'Why' is longer than " + MAX_WHY + " characters.");
		}
		if (channel == null || !CHANNELS.containsKey(channel)) {
			problems.add("Choose the channel used.");
		}
		LocalDate date = parseDate(action.text(DATE));
		if (date == null) {
			problems.add("Give the date it happened.");
		}
		else if (date.isAfter(today)) {
			problems.add("The date is in the future.");
		}
		return problems;
	}

	/** Reads a note that passed {@link #problems}. */
	static NoteOfSubstance from(CardAction action) {
		String why = action.text(WHY);
		return new NoteOfSubstance(action.text(WHO).strip(), parseDate(action.text(DATE)), action.text(CHANNEL),
				action.text(DECIDED).strip(), blank(why) ? "" : why.strip());
	}

	/** The note as typed, labelled: the original filed next to the JSON. */
	String asText() {
		return "Note of substance\n\nWho was involved: " + who + "\nWhen: " + date + "\nChannel: "
				+ CHANNELS.get(channel) + "\n\nWhat was decided:\n" + decided + "\n\nWhy:\n"
				+ (why.isEmpty() ? "(not given)" : why) + "\n";
	}

	ParseSummary writeJson(OutputStream out, SourceInfo source, Sender author, Locale locale, ZoneId zone,
			OffsetDateTime writtenAt) {
		LocalDateTime local = date.atStartOfDay();
		OffsetDateTime timestamp = local.atZone(zone).toOffsetDateTime();
		String name = author.name() == null || author.name().isBlank() ? author.userKey() : author.name();
		ChatMessage message = new ChatMessage(0, 1, local, timestamp, name, null,
				asText() + "\nWritten: " + writtenAt.withNano(0), MessageKind.NOTE, List.of(),
				EnumSet.noneOf(MessageFlag.class));
		return DirectConversationWriter.write(out, source, ExportFormat.NOTE, zone, locale, List.of(message));
	}

	private static LocalDate parseDate(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
