package org.recordsassistant.nccc.transfer;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.CardChecks;
import org.recordsassistant.nccc.transfer.parse.ConversationStats;
import org.recordsassistant.nccc.transfer.parse.DateOrder;
import org.recordsassistant.nccc.transfer.parse.DateOrderBasis;
import org.recordsassistant.nccc.transfer.parse.DateOrderDecision;
import org.recordsassistant.nccc.transfer.parse.ExportFormat;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.ParseWarning;
import org.recordsassistant.nccc.transfer.parse.Participant;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewCardsTests {
	private static final OffsetDateTime T = OffsetDateTime.parse("2024-03-14T09:05:00Z");
	private static final Map<String, String> AREAS = new LinkedHashMap<>(Map.of("policy", "Policy"));

	private static TransferJob job(String fileName) {
		return new TransferJob("id-1", "user", TransferStatus.PREVIEWED, TransferMode.WHATSAPP, fileName, 10L,
				"a".repeat(64), Path.of("/w/id-1"), null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, T, T);
	}

	private static ParseSummary summary(List<Participant> people, List<ParseWarning> warnings, long gapSeconds) {
		ConversationStats stats = new ConversationStats(40_000, 39_990, 10, 0, 0, 0, 0, 0, 0, 2, 3, 4, 0, 0, 0, 0,
				gapSeconds, 5, T, T.plusDays(400), true, 40_000);
		return new ParseSummary(ExportFormat.WHATSAPP_ANDROID,
				new DateOrderDecision(DateOrder.DAY_FIRST, false, DateOrderBasis.DAY_ABOVE_TWELVE, 1, "en-GB"),
				ZoneId.of("Europe/London"), people, stats, warnings);
	}

	private static List<Participant> people(int count) {
		List<Participant> people = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			people.add(new Participant("Person " + i, 1, T, T));
		}
		return people;
	}

	@Test
	void listsTheFirstTenParticipantsAndCountsTheRest() {
		String line = PreviewCards.participantLine(summary(people(15), List.of(), 0));
		assertThat(line).startsWith("Person 1, Person 2").contains("Person 10").doesNotContain("Person 11")
				.endsWith(" and 5 more");
		List<ParseWarning> notListed = List.of(new ParseWarning("PARTICIPANTS_NOT_LISTED", 7, "..."));
		assertThat(PreviewCards.participantLine(summary(people(15), notListed, 0))).endsWith(" and 12 more");
	}

	@Test
	void escapesAndShortensNamesFromTheFile() {
		List<Participant> hostile = List.of(new Participant("[click](https://evil.example)", 1, T, T),
				new Participant("x".repeat(50_000), 1, T, T));
		ObjectNode card = PreviewCards.preview(job("**bold**.txt"), summary(hostile, List.of(), 0), AREAS);
		CardChecks.assertValid(card);
		String json = card.toString();
		assertThat(json).contains("\\\\[click\\\\]\\\\(https://evil.example\\\\)").contains("\\\\*\\\\*bold")
				.doesNotContain("x".repeat(61));
	}

	@Test
	void showsTruncationLongGapsAndCountsOnly() {
		List<ParseWarning> warnings = List.of(new ParseWarning("LIKELY_TRUNCATED", 1,
				"The chat has about 40000 messages, WhatsApp's export limit, so older messages may be missing."),
				new ParseWarning("SUSPICIOUS_LINES", 4, "Lines that began like a date but could not be read: 4."));
		String json = PreviewCards.preview(job("chat.txt"), summary(people(2), warnings, 40L * 86_400), AREAS)
				.toString();
		assertThat(json).contains("Check before filing").contains("older messages may be missing")
				.contains("could not be read: 4").contains("gap of 40 days").contains("\"value\":\"2 / 3\"")
				.doesNotContain("Read dates");
	}

	@Test
	void offersEveryConfiguredBusinessAreaAndTheDeclarationChoice() {
		ObjectNode card = PreviewCards.asIs(job("photo.png"), "I can't read .png files as a conversation.", AREAS);
		CardChecks.assertValid(card);
		assertThat(card.toString()).contains("\"id\":\"businessArea\"").contains("\"value\":\"policy\"")
				.contains("No declaration yet").contains("\"regex\":\"^NCCC-\\\\d{4}-\\\\d{6}$\"")
				.contains("\"mode\":\"as-is\"");
	}
}
