package org.recordsassistant.nccc.transfer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.transfer.parse.Parsing.Parsed;

/**
 * Every public sample in the shared folder, with facts read off the files by hand (see SOURCES.md there).
 * Times are London time: GMT (+00:00) in winter, BST (+01:00) in summer.
 */
class PublicSampleTests {

	private static final String LOREM_TWO_LINES = "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.";
	private static final String NERD = "\uD83E\uDD13";

	private static Parsed sample(String name) {
		return Parsing.parseSample(name, ParserOptions.defaults());
	}

	@Test
	void everySampleFileIsCoveredHere() throws Exception {
		try (Stream<java.nio.file.Path> files = Files.list(Parsing.samplesFolder())) {
			assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt")))
				.containsExactlyInAnyOrder("chat-miner__test_[mmddyy]_24hrs.txt", "chat-miner__test_ddmmyy_24hrs.txt",
						"chat-miner__test_mmddyyyy_12hrs.txt", "chat-miner__test_unicode.txt",
						"chat-miner__test_yyyymmdd_24hrs.txt", "chat-miner__testlog.txt", "langchain__whatsapp_chat.txt",
						"whatsapp-chat-parser__short-chat.txt", "whatstk__example-12h.txt");
		}
	}

	/** The four chat-miner files with the same nine messages in different date and line styles. */
	@Nested
	class ChatMinerLorem {

		@Test
		void iosBracketsMonthFirstWithoutComma() {
			Parsed parsed = sample("chat-miner__test_[mmddyy]_24hrs.txt");
			assertNineLoremMessages(parsed, ExportFormat.WHATSAPP_IOS);
			assertThat(parsed.summary().dateOrder())
				.isEqualTo(new DateOrderDecision(DateOrder.MONTH_FIRST, false, DateOrderBasis.SECOND_FIELD_ABOVE_TWELVE,
						2, "en-GB"));
		}

		@Test
		void androidDayFirstTwoDigitYear() {
			Parsed parsed = sample("chat-miner__test_ddmmyy_24hrs.txt");
			assertNineLoremMessages(parsed, ExportFormat.WHATSAPP_ANDROID);
			assertThat(parsed.summary().dateOrder())
				.isEqualTo(new DateOrderDecision(DateOrder.DAY_FIRST, false, DateOrderBasis.DAY_ABOVE_TWELVE, 2, "en-GB"));
		}

		@Test
		void androidMonthFirstTwelveHourSpanishStyle() {
			Parsed parsed = sample("chat-miner__test_mmddyyyy_12hrs.txt");
			assertNineLoremMessages(parsed, ExportFormat.WHATSAPP_ANDROID);
			assertThat(parsed.summary().dateOrder().order()).isEqualTo(DateOrder.MONTH_FIRST);
			assertThat(parsed.summary().dateOrder().ambiguous()).isFalse();
		}

		@Test
		void androidYearFirst() {
			Parsed parsed = sample("chat-miner__test_yyyymmdd_24hrs.txt");
			assertNineLoremMessages(parsed, ExportFormat.WHATSAPP_ANDROID);
			assertThat(parsed.summary().dateOrder().order()).isEqualTo(DateOrder.YEAR_FIRST);
			assertThat(parsed.summary().dateOrder().basis()).isEqualTo(DateOrderBasis.YEAR_FIRST_FORMAT);
			assertThat(parsed.summary().dateOrder().ambiguous()).isFalse();
		}

		private void assertNineLoremMessages(Parsed parsed, ExportFormat format) {
			assertThat(parsed.summary().format()).isEqualTo(format);
			assertThat(parsed.messages()).extracting(ChatMessage::localDateTime, ChatMessage::author, ChatMessage::kind)
				.containsExactly(tuple(LocalDateTime.of(2019, 1, 1, 11, 25), "John Doe", MessageKind.MESSAGE),
						tuple(LocalDateTime.of(2019, 1, 20, 11, 23), "John Doe", MessageKind.MESSAGE),
						tuple(LocalDateTime.of(2019, 1, 30, 20, 49), "Jahn Doe", MessageKind.MESSAGE),
						tuple(LocalDateTime.of(2020, 6, 10, 15, 55), "John-John Doe", MessageKind.MESSAGE),
						tuple(LocalDateTime.of(2020, 6, 20, 0, 8), null, MessageKind.SYSTEM),
						tuple(LocalDateTime.of(2020, 6, 30, 9, 10), null, MessageKind.SYSTEM),
						tuple(LocalDateTime.of(2021, 12, 10, 10, 10), "John Doe " + NERD, MessageKind.MESSAGE),
						tuple(LocalDateTime.of(2021, 12, 20, 12, 10), NERD, MessageKind.MESSAGE),
						tuple(LocalDateTime.of(2021, 12, 30, 22, 1), "John Doe", MessageKind.MESSAGE));
			List<ChatMessage> messages = parsed.messages();
			assertThat(messages.get(1).text()).isEqualTo(".");
			assertThat(messages.get(2).text()).isEqualTo(LOREM_TWO_LINES);
			assertThat(messages.get(3).text()).isEqualTo("Lorem ipsum : dolor sit amet.");
			assertThat(messages.get(4).text()).isEqualTo("+12 345 578 created group \"Groupname\"");
			assertThat(messages.get(5).text()).isEqualTo("You were added");
			assertThat(messages.get(6).text()).isEqualTo("Lorem ipsum " + NERD);
			assertThat(parsed.last().text()).isEqualTo(LOREM_TWO_LINES);
			assertThat(messages.get(3).timestamp()).isEqualTo(OffsetDateTime.parse("2020-06-10T15:55+01:00"));
			ConversationStats stats = parsed.summary().stats();
			assertThat(stats.events()).isEqualTo(9);
			assertThat(stats.messages()).isEqualTo(7);
			assertThat(stats.systemEvents()).isEqualTo(2);
			assertThat(stats.suspiciousLines()).isZero();
			assertThat(stats.outOfOrderTimestamps()).isZero();
			assertThat(stats.firstTimestamp()).isEqualTo(OffsetDateTime.parse("2019-01-01T11:25Z"));
			assertThat(stats.lastTimestamp()).isEqualTo(OffsetDateTime.parse("2021-12-30T22:01Z"));
			assertThat(parsed.summary().participants()).extracting(Participant::name, Participant::messageCount)
				.containsExactly(tuple("John Doe", 3L), tuple("Jahn Doe", 1L), tuple("John-John Doe", 1L),
						tuple("John Doe " + NERD, 1L), tuple(NERD, 1L));
			assertThat(parsed.summary().warnings()).isEmpty();
		}
	}

	@Test
	void unicodeSampleIsAmbiguousAndFollowsTheLocale() {
		Parsed uk = sample("chat-miner__test_unicode.txt");
		assertThat(uk.summary().dateOrder().ambiguous()).isTrue();
		assertThat(uk.summary().dateOrder().basis()).isEqualTo(DateOrderBasis.LOCALE);
		assertThat(uk.summary().warnings()).extracting(ParseWarning::code).containsExactly(Warnings.AMBIGUOUS_DATE_ORDER);
		assertThat(uk.messages()).extracting(ChatMessage::timestamp)
			.containsOnly(OffsetDateTime.parse("2022-10-09T22:37+01:00"));
		assertThat(uk.messages()).extracting(ChatMessage::author).containsExactly("John Doe", "John Doe " + NERD, NERD);
		assertThat(uk.first().text()).isEqualTo("Testing abnormal\u00A0unicode");

		Parsed us = Parsing.parseSample("chat-miner__test_unicode.txt",
				ParserOptions.defaults().withLocale(Locale.US));
		assertThat(us.summary().dateOrder().order()).isEqualTo(DateOrder.MONTH_FIRST);
		assertThat(us.summary().dateOrder().localeTag()).isEqualTo("en-US");
		assertThat(us.first().localDateTime()).isEqualTo(LocalDateTime.of(2022, 9, 10, 22, 37));
	}

	@Test
	void testlogMixesShapesAndKeepsOutOfOrderDates() {
		Parsed parsed = sample("chat-miner__testlog.txt");
		ParseSummary summary = parsed.summary();
		assertThat(summary.format()).isEqualTo(ExportFormat.WHATSAPP_ANDROID);
		assertThat(summary.dateOrder())
			.isEqualTo(new DateOrderDecision(DateOrder.MONTH_FIRST, false, DateOrderBasis.SECOND_FIELD_ABOVE_TWELVE, 1,
					"en-GB"));
		assertThat(summary.stats().events()).isEqualTo(18);
		assertThat(summary.stats().systemEvents()).isEqualTo(3);
		assertThat(summary.stats().outOfOrderTimestamps()).isEqualTo(4);
		assertThat(summary.stats().suspiciousLines()).isZero();
		assertThat(summary.participants()).extracting(Participant::name, Participant::messageCount)
			.containsExactly(tuple("John Doe", 9L), tuple("Jahn Doe", 2L), tuple("+12 345 578", 1L),
					tuple("John-John Doe", 3L));
		assertThat(parsed.messages().get(3).text()).hasLineCount(6).endsWith("Cras scelerisque neque.");
		assertThat(parsed.messages().get(4).text()).startsWith("Messages and calls are end-to-end encrypted.");
		assertThat(parsed.messages()).extracting(ChatMessage::localDateTime)
			.contains(LocalDateTime.of(2019, 9, 24, 23, 30), LocalDateTime.of(2019, 9, 24, 11, 30),
					LocalDateTime.of(2019, 12, 24, 23, 30), LocalDateTime.of(2022, 9, 10, 22, 37),
					LocalDateTime.of(2021, 10, 24, 15, 21, 43));
		assertThat(parsed.messages().get(12).text()).isEqualTo("Testing brackets");
		assertThat(parsed.messages().get(16).text()).isEqualTo("Testing dash - in message body");
		assertThat(summary.stats().firstTimestamp()).isEqualTo(OffsetDateTime.parse("2014-12-24T17:08Z"));
		assertThat(summary.stats().lastTimestamp()).isEqualTo(OffsetDateTime.parse("2022-09-10T22:37+01:00"));
	}

	@Test
	void langchainSampleCountsTheMalformedTimeAsSuspicious() {
		Parsed parsed = sample("langchain__whatsapp_chat.txt");
		ParseSummary summary = parsed.summary();
		assertThat(summary.dateOrder().order()).isEqualTo(DateOrder.MONTH_FIRST);
		assertThat(summary.stats().events()).isEqualTo(11);
		assertThat(summary.stats().suspiciousLines()).isEqualTo(1);
		assertThat(summary.stats().mediaOmitted()).isEqualTo(1);
		assertThat(parsed.messages().get(5).kind()).isEqualTo(MessageKind.MEDIA);
		assertThat(parsed.messages().get(5).flags()).containsExactly(MessageFlag.MEDIA_OMITTED);
		assertThat(summary.participants()).extracting(Participant::name, Participant::messageCount)
			.containsExactly(tuple("User 1", 5L), tuple("User 2", 6L));
		assertThat(parsed.first().localDateTime()).isEqualTo(LocalDateTime.of(2023, 1, 22, 18, 30));
		assertThat(parsed.first().text()).contains("$50");
		assertThat(parsed.last().localDateTime()).isEqualTo(LocalDateTime.of(2023, 1, 23, 3, 19));
		assertThat(parsed.last().text()).startsWith("Bye!\n").hasLineCount(2);
		assertThat(summary.warnings()).extracting(ParseWarning::code)
			.containsExactly(Warnings.SUSPICIOUS_LINES, Warnings.MEDIA_OMITTED);
	}

	@Test
	void shortChatIsAmbiguousAndReadDayFirstForUkUsers() {
		Parsed parsed = sample("whatsapp-chat-parser__short-chat.txt");
		ParseSummary summary = parsed.summary();
		assertThat(summary.dateOrder()).isEqualTo(DateOrderDecision.fromLocale(DateOrder.DAY_FIRST, Locale.UK));
		assertThat(parsed.messages()).extracting(ChatMessage::timestamp, ChatMessage::author, ChatMessage::kind)
			.containsExactly(tuple(OffsetDateTime.parse("2017-03-06T00:45Z"), null, MessageKind.SYSTEM),
					tuple(OffsetDateTime.parse("2017-03-06T00:45Z"), null, MessageKind.SYSTEM),
					tuple(OffsetDateTime.parse("2017-03-06T00:45Z"), "Sample User", MessageKind.MESSAGE),
					tuple(OffsetDateTime.parse("2017-05-08T01:48+01:00"), "TestBot", MessageKind.MESSAGE),
					tuple(OffsetDateTime.parse("2017-04-09T01:50+01:00"), "+410123456789", MessageKind.MESSAGE));
		assertThat(parsed.last().text()).isEqualTo("How are you?\nIs everything alright?");
		assertThat(parsed.last().flags()).containsExactly(MessageFlag.OUT_OF_ORDER);
		assertThat(summary.stats().outOfOrderTimestamps()).isEqualTo(1);

		Parsed us = Parsing.parseSample("whatsapp-chat-parser__short-chat.txt",
				ParserOptions.defaults().withLocale(Locale.US));
		assertThat(us.messages()).extracting(ChatMessage::localDateTime)
			.containsExactly(LocalDateTime.of(2017, 6, 3, 0, 45), LocalDateTime.of(2017, 6, 3, 0, 45),
					LocalDateTime.of(2017, 6, 3, 0, 45), LocalDateTime.of(2017, 8, 5, 1, 48),
					LocalDateTime.of(2017, 9, 4, 1, 50));
		assertThat(us.summary().stats().outOfOrderTimestamps()).isZero();
	}

	@Test
	void whatstkSampleIsYearFirstTwelveHour() {
		Parsed parsed = sample("whatstk__example-12h.txt");
		ParseSummary summary = parsed.summary();
		assertThat(summary.dateOrder().order()).isEqualTo(DateOrder.YEAR_FIRST);
		assertThat(summary.stats().events()).isEqualTo(20);
		assertThat(summary.stats().systemEvents()).isEqualTo(2);
		assertThat(summary.stats().outOfOrderTimestamps()).isEqualTo(2);
		assertThat(parsed.first().text()).isEqualTo("You created group \u201CSample Group\u201D");
		assertThat(parsed.first().localDateTime()).isEqualTo(LocalDateTime.of(2016, 4, 15, 15, 4));
		assertThat(parsed.messages().get(12).localDateTime()).isEqualTo(LocalDateTime.of(2016, 8, 10, 9, 45));
		assertThat(parsed.last().localDateTime()).isEqualTo(LocalDateTime.of(2016, 10, 31, 14, 23));
		assertThat(parsed.last().author()).isEqualTo("Wobbuffet");
		assertThat(summary.stats().lastTimestamp()).isEqualTo(OffsetDateTime.parse("2016-10-31T23:45Z"));
		assertThat(summary.stats().largestGapAfterIndex()).isZero();
		assertThat(summary.participants()).extracting(Participant::name, Participant::messageCount)
			.containsExactly(tuple("Ash Ketchum", 4L), tuple("Brock", 3L), tuple("Misty", 4L), tuple("Prof. Oak", 2L),
					tuple("Jessie & James", 1L), tuple("Raichu", 2L), tuple("Meowth", 1L), tuple("Wobbuffet", 1L));
	}
}
