package org.recordsassistant.nccc.transfer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordsassistant.nccc.transfer.parse.ChatParseException.Problem;
import org.recordsassistant.nccc.transfer.parse.Parsing.Parsed;

/** Line shapes and markers, each with a small invented example (as in nccc-facts §14). */
class WhatsAppExportParserTests {

	private static final String LRM = "\u200E";
	private static final String SETTLES_DAY_FIRST = "14/03/2024, 09:00 - Priya Shah: settles the order\n";

	@Nested
	class LineShapes {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', value = {
				"[14/03/2024, 09:05:12] Priya Shah: Hi|2024-03-14T09:05:12|WHATSAPP_IOS",
				"[3/14/24, 9:05:12 AM] Priya Shah: Hi|2024-03-14T09:05:12|WHATSAPP_IOS",
				"[3/14/24, 9:05:12\u202FPM] Priya Shah: Hi|2024-03-14T21:05:12|WHATSAPP_IOS",
				"14/03/2024, 09:05 - Priya Shah: Hi|2024-03-14T09:05|WHATSAPP_ANDROID",
				"3/14/24, 9:05 PM - Priya Shah: Hi|2024-03-14T21:05|WHATSAPP_ANDROID",
				"3/14/24, 12:05 am - Priya Shah: Hi|2024-03-14T00:05|WHATSAPP_ANDROID",
				"14.3.2024, 09:05 - Priya Shah: Hi|2024-03-14T09:05|WHATSAPP_ANDROID",
				"14/03/24, 09.05 - Priya Shah: Hi|2024-03-14T09:05|WHATSAPP_ANDROID",
				"14-03-24 09:05:12 - Priya Shah: Hi|2024-03-14T09:05:12|WHATSAPP_ANDROID",
				"14/03/2024, 9:05 p.m. - Priya Shah: Hi|2024-03-14T21:05|WHATSAPP_ANDROID",
				"14/03/2024, 9:05 p. m. - Priya Shah: Hi|2024-03-14T21:05|WHATSAPP_ANDROID",
				"14/03/2024, 9:05\u00A0a.\u00A0m. - Priya Shah: Hi|2024-03-14T09:05|WHATSAPP_ANDROID",
				"[14-03-24 09:05:12] Priya Shah: Hi|2024-03-14T09:05:12|WHATSAPP_IOS",
				"2024/03/14, 09:05 - Priya Shah: Hi|2024-03-14T09:05|WHATSAPP_ANDROID",
				"2024-03-14, 9:05 PM - Priya Shah: Hi|2024-03-14T21:05|WHATSAPP_ANDROID",
				"14.3.2024 klo 9.05 - Priya Shah: Hi|2024-03-14T09:05|WHATSAPP_ANDROID",
				"14/03/2024 09:05:12: Priya Shah: Hi|2024-03-14T09:05:12|WHATSAPP_IOS",
				"\u200E[14/03/2024, 09:05:12] Priya Shah: Hi|2024-03-14T09:05:12|WHATSAPP_IOS" })
		void readsTheTimestampAndShape(String line, String expected, ExportFormat format) {
			Parsed parsed = Parsing.parse(line + "\n");
			assertThat(parsed.first().localDateTime()).isEqualTo(LocalDateTime.parse(expected));
			assertThat(parsed.first().author()).isEqualTo("Priya Shah");
			assertThat(parsed.first().text()).isEqualTo("Hi");
			assertThat(parsed.summary().format()).isEqualTo(format);
		}

		@Test
		void stripsByteOrderMarkAndHandlesCrlf() {
			Parsed parsed = Parsing.parse("\uFEFF14/03/2024, 09:05 - Tom Reed: one\r\nline two\r\n\r\n15/03/2024, 10:00 - "
					+ "Tom Reed: next\r\n");
			assertThat(parsed.messages()).hasSize(2);
			assertThat(parsed.first().text()).isEqualTo("one\nline two\n");
		}

		@Test
		void oldMacLineEndingsAreLineBreaks() {
			Parsed parsed = Parsing.parse("14/03/2024, 09:05 - Tom Reed: one\rtwo\r15/03/2024, 10:00 - Tom Reed: next\r");
			assertThat(parsed.messages()).extracting(ChatMessage::text).containsExactly("one\ntwo", "next");
		}

		@Test
		void keepsBlankLinesInsideAMessage() {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "14/03/2024, 09:06 - Tom Reed: first\n\nthird\n");
			assertThat(parsed.last().text()).isEqualTo("first\n\nthird");
		}

		@Test
		void authorWithoutSpaceAfterColon() {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "14/03/2024, 09:06 - Tom Reed:.\n");
			assertThat(parsed.last().author()).isEqualTo("Tom Reed");
			assertThat(parsed.last().text()).isEqualTo(".");
		}

		@Test
		void invalidDateIsSuspiciousAndKeptAsText() {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "31/02/2024, 09:06 - Tom Reed: not a date\n");
			assertThat(parsed.messages()).hasSize(1);
			assertThat(parsed.first().text()).endsWith("\n31/02/2024, 09:06 - Tom Reed: not a date");
			assertThat(parsed.summary().stats().suspiciousLines()).isEqualTo(1);
		}

		@Test
		void lineSwappedAgainstTheFileOrderIsReadAndFlagged() {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "03/25/2024, 09:06 - Tom Reed: US date\n");
			assertThat(parsed.last().localDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 25, 9, 6));
			assertThat(parsed.last().flags()).contains(MessageFlag.DATE_ORDER_CONFLICT);
			assertThat(parsed.summary().stats().dateOrderConflicts()).isEqualTo(1);
		}

		@Test
		void textBeforeTheFirstMessageIsCountedNotAttached() {
			Parsed parsed = Parsing.parse("preamble\n" + SETTLES_DAY_FIRST);
			assertThat(parsed.messages()).hasSize(1);
			assertThat(parsed.summary().warnings()).extracting(ParseWarning::code)
				.contains(Warnings.LINES_BEFORE_FIRST_MESSAGE);
		}
	}

	@Nested
	class DateOrderAndZone {

		@Test
		void dayAboveTwelveLateInTheFileSettlesDayFirst() {
			Parsed parsed = Parsing.parse("03/04/2024, 09:00 - A: x\n05/04/2024, 09:00 - A: y\n13/04/2024, 09:00 - A: z\n",
					Locale.US);
			assertThat(parsed.summary().dateOrder().order()).isEqualTo(DateOrder.DAY_FIRST);
			assertThat(parsed.summary().dateOrder().evidenceLine()).isEqualTo(3);
			assertThat(parsed.first().localDateTime()).isEqualTo(LocalDateTime.of(2024, 4, 3, 9, 0));
		}

		@Test
		void ambiguousFileFollowsLocaleAndIsReported() {
			String text = "03/04/2024, 09:00 - A: x\n";
			assertThat(Parsing.parse(text, Locale.UK).first().localDateTime().getMonthValue()).isEqualTo(4);
			assertThat(Parsing.parse(text, Locale.US).first().localDateTime().getMonthValue()).isEqualTo(3);
			assertThat(Parsing.parse(text, Locale.UK).summary().dateOrder().ambiguous()).isTrue();
		}

		@Test
		void offsetFollowsBritishSummerTime() {
			Parsed parsed = Parsing.parse("14/01/2024, 09:00 - A: winter\n14/07/2024, 09:00 - A: summer\n");
			assertThat(parsed.first().timestamp()).isEqualTo(OffsetDateTime.parse("2024-01-14T09:00Z"));
			assertThat(parsed.last().timestamp()).isEqualTo(OffsetDateTime.parse("2024-07-14T09:00+01:00"));
		}

		@Test
		void otherZoneIsApplied() {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST.getBytes(StandardCharsets.UTF_8),
					ParserOptions.defaults().withZone(ZoneId.of("Europe/Helsinki")));
			assertThat(parsed.first().timestamp()).isEqualTo(OffsetDateTime.parse("2024-03-14T09:00+02:00"));
			assertThat(parsed.summary().zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
		}

		@Test
		void timeInTheSpringGapIsFlagged() {
			Parsed parsed = Parsing.parse("31/03/2024, 01:30 - A: clocks go forward\n");
			assertThat(parsed.first().localDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 31, 1, 30));
			assertThat(parsed.first().flags()).contains(MessageFlag.DST_ADJUSTED);
			assertThat(parsed.first().timestamp().toInstant())
				.isEqualTo(OffsetDateTime.parse("2024-03-31T01:30Z").toInstant());
		}
	}

	@Nested
	class SystemEvents {

		@ParameterizedTest
		@ValueSource(strings = { "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
				+ "WhatsApp, can read or listen to them. Tap to learn more.", "You created group \"Ports Policy Group\"",
				"You were added", "Tom Reed added Priya Shah", "Priya Shah left", "Tom Reed removed Priya Shah",
				"Priya Shah joined using this group's invite link", "Tom Reed changed the subject from \"A: b\" to \"C\"",
				"Tom Reed changed this group's icon", "Tom Reed changed the group description",
				"Your security code with Priya Shah changed. Tap to learn more." })
		void androidLinesWithoutAuthorAreSystem(String text) {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "14/03/2024, 09:10 - " + text + "\n");
			assertThat(parsed.last().kind()).isEqualTo(MessageKind.SYSTEM);
			assertThat(parsed.last().author()).isNull();
			assertThat(parsed.last().text()).isEqualTo(text);
			assertThat(parsed.summary().stats().systemEvents()).isEqualTo(1);
			assertThat(parsed.summary().participants()).extracting(Participant::name).containsExactly("Priya Shah");
		}

		@Test
		void iosSystemLineKeepsTheChatNameAsLabel() {
			Parsed parsed = Parsing.parse("[14/03/2024, 09:08:00] Ports Policy Group: " + LRM
					+ "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can "
					+ "read or listen to them.\n[14/03/2024, 09:09:00] Ports Policy Group: " + LRM
					+ "Tom Reed added Priya Shah\n");
			assertThat(parsed.messages()).allSatisfy(message -> {
				assertThat(message.kind()).isEqualTo(MessageKind.SYSTEM);
				assertThat(message.author()).isNull();
				assertThat(message.chatLabel()).isEqualTo("Ports Policy Group");
			});
			assertThat(parsed.last().text()).isEqualTo("Tom Reed added Priya Shah");
			assertThat(parsed.summary().participants()).isEmpty();
		}

		@Test
		void iosMarkedLocationAndPollStayWithTheirAuthor() {
			Parsed parsed = Parsing.parse("[14/03/2024, 09:09:00] Tom Reed: " + LRM
					+ "Location: https://maps.google.com/?q=51.5,-0.12\n[14/03/2024, 09:10:00] Tom Reed: " + LRM + "POLL:\n"
					+ LRM + "Option B?\n");
			assertThat(parsed.messages()).extracting(ChatMessage::author).containsExactly("Tom Reed", "Tom Reed");
			assertThat(parsed.messages()).extracting(ChatMessage::kind).containsOnly(MessageKind.MESSAGE);
			assertThat(parsed.last().text()).isEqualTo("POLL:\nOption B?");
		}

		@Test
		void iosMessageWithoutMarkIsNotSystem() {
			Parsed parsed = Parsing.parse("[14/03/2024, 09:09:00] Tom Reed: I added the paper\n");
			assertThat(parsed.first().kind()).isEqualTo(MessageKind.MESSAGE);
		}
	}

	@Nested
	class MediaAndMarkers {

		@ParameterizedTest
		@ValueSource(strings = { "<Media omitted>", "image omitted", LRM + "video omitted", "audio omitted",
				"sticker omitted", "document omitted", "GIF omitted", "Contact card omitted", "<Medien ausgeschlossen>",
				"<Multimedia omitido>", "<Médias omis>", "<Mídia oculta>", "<Media omessi>", "<Media weggelaten>",
				"Options.pdf \u2022 3 pages document omitted" })
		void omittedMediaIsFlagged(String text) {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "14/03/2024, 09:10 - Tom Reed: " + text + "\n");
			assertThat(parsed.last().kind()).isEqualTo(MessageKind.MEDIA);
			assertThat(parsed.last().flags()).containsExactly(MessageFlag.MEDIA_OMITTED);
			assertThat(parsed.last().attachments()).isEmpty();
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "\u200E<attached: 00000017-Options paper v2.docx>|00000017-Options paper v2.docx",
				"IMG-20240314-WA0003.jpg (file attached)|IMG-20240314-WA0003.jpg",
				"PTT-20240314-WA0004.opus (Datei angehängt)|PTT-20240314-WA0004.opus",
				"STK-20240314-WA0005.webp (archivo adjunto)|STK-20240314-WA0005.webp",
				"Priya Shah.vcf (fichier joint)|Priya Shah.vcf", "doc.pdf (arquivo anexado)|doc.pdf",
				"foto.jpg (file allegato)|foto.jpg", "foto.jpg (bestand bijgevoegd)|foto.jpg" })
		void attachmentsAreNamedAndReportedMissing(String text, String name) {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "14/03/2024, 09:10 - Tom Reed: " + text + "\ncaption\n");
			assertThat(parsed.last().kind()).isEqualTo(MessageKind.MEDIA);
			assertThat(parsed.last().attachments()).containsExactly(Attachment.missing(name));
			assertThat(parsed.last().text()).endsWith("\ncaption");
			assertThat(parsed.summary().stats().attachmentsMissing()).isEqualTo(1);
			assertThat(parsed.summary().stats().exportLimit()).isEqualTo(SummaryCollector.EXPORT_LIMIT_WITH_MEDIA);
		}

		@Test
		void attachmentsFoundByTheLookupArePresent() {
			Attachment found = new Attachment("IMG-1.jpg", true, 3L, "abc");
			ParserOptions options = ParserOptions.defaults()
				.withAttachments(name -> name.equals("IMG-1.jpg") ? Optional.of(found) : Optional.empty());
			Parsed parsed = Parsing.parse(("[14/03/2024, 09:07:02] Tom Reed: " + LRM + "<attached: IMG-1.jpg>\n")
				.getBytes(StandardCharsets.UTF_8), options);
			assertThat(parsed.first().attachments()).containsExactly(found);
			assertThat(parsed.summary().stats().attachmentsPresent()).isEqualTo(1);
			assertThat(parsed.summary().stats().attachmentsMissing()).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "This message was deleted", "You deleted this message", LRM + "This message was deleted.",
				"Diese Nachricht wurde gelöscht" })
		void deletedPlaceholdersAreFlagged(String text) {
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "14/03/2024, 09:10 - Tom Reed: " + text + "\n");
			assertThat(parsed.last().flags()).containsExactly(MessageFlag.DELETED);
			assertThat(parsed.last().kind()).isEqualTo(MessageKind.MESSAGE);
			assertThat(parsed.summary().stats().deleted()).isEqualTo(1);
		}

		@Test
		void editedMarkerIsRemovedAndFlagged() {
			Parsed parsed = Parsing.parse("[14/03/2024, 09:05:12] Priya Shah: Option B\nnot C " + LRM
					+ "<This message was edited>\n");
			assertThat(parsed.first().text()).isEqualTo("Option B\nnot C");
			assertThat(parsed.first().flags()).containsExactly(MessageFlag.EDITED);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Missed voice call", "Missed video call", LRM + "Missed voice call, Tap to call back" })
		void missedCallsAreCalls(String text) {
			Parsed parsed = Parsing.parse("[14/03/2024, 09:05:12] Priya Shah: " + text + "\n");
			assertThat(parsed.first().kind()).isEqualTo(MessageKind.CALL);
			assertThat(parsed.first().author()).isEqualTo("Priya Shah");
		}
	}

	@Nested
	class Unreadable {

		@Test
		void emptyFile() {
			assertProblem(new byte[0], Problem.EMPTY);
		}

		@Test
		void binaryWithNuls() {
			assertProblem(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 }, Problem.NOT_TEXT);
		}

		@Test
		void utf16WithoutByteOrderMark() {
			assertProblem(SETTLES_DAY_FIRST.getBytes(StandardCharsets.UTF_16LE), Problem.NOT_TEXT);
		}

		@Test
		void invalidUtf8() {
			byte[] bytes = (SETTLES_DAY_FIRST + "caf\u00E9\n").getBytes(StandardCharsets.ISO_8859_1);
			assertProblem(bytes, Problem.INVALID_ENCODING);
		}

		@Test
		void textWithoutMessages() {
			assertProblem("Dear diary,\n10/10 would recommend\n".getBytes(StandardCharsets.UTF_8), Problem.NO_MESSAGES);
		}

		@Test
		void utf16WithByteOrderMarkIsDecoded() {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			bytes.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
			bytes.writeBytes(SETTLES_DAY_FIRST.getBytes(StandardCharsets.UTF_16LE));
			Parsed parsed = Parsing.parse(bytes.toByteArray(), ParserOptions.defaults());
			assertThat(parsed.first().author()).isEqualTo("Priya Shah");
			assertThat(parsed.first().text()).isEqualTo("settles the order");
		}

		private void assertProblem(byte[] bytes, Problem problem) {
			assertThatThrownBy(() -> Parsing.parse(bytes, ParserOptions.defaults()))
				.isInstanceOfSatisfying(ChatParseException.class, ex -> assertThat(ex.problem()).isEqualTo(problem));
		}
	}

	@Nested
	class Limits {

		@Test
		void countNearTheExportLimitIsReportedAsLikelyTruncated() {
			Parsed near = Parsing.parse(messages(39_000));
			assertThat(near.summary().stats().likelyTruncated()).isTrue();
			assertThat(near.summary().stats().exportLimit()).isEqualTo(SummaryCollector.EXPORT_LIMIT_WITHOUT_MEDIA);
			assertThat(near.summary().warnings()).extracting(ParseWarning::code).contains(Warnings.LIKELY_TRUNCATED);
			Parsed far = Parsing.parse(messages(30_000));
			assertThat(far.summary().stats().likelyTruncated()).isFalse();
		}

		private String messages(int count) {
			StringBuilder text = new StringBuilder(SETTLES_DAY_FIRST);
			for (int i = 1; i < count; i++) {
				text.append("14/03/2024, 10:00 - Tom Reed: message ").append(i).append('\n');
			}
			return text.toString();
		}

		@Test
		void veryLongMessageIsSplitWithoutLosingText() {
			String longText = "x".repeat(WhatsAppExportParser.MAX_MESSAGE_CHARS * 2 + 10);
			Parsed parsed = Parsing.parse(SETTLES_DAY_FIRST + "14/03/2024, 09:10 - Tom Reed: " + longText + "\n");
			assertThat(parsed.messages()).hasSize(4);
			assertThat(parsed.messages().subList(1, 4)).allSatisfy(message -> {
				assertThat(message.author()).isEqualTo("Tom Reed");
				assertThat(message.line()).isEqualTo(2);
			});
			assertThat(parsed.messages().get(1).flags()).contains(MessageFlag.SPLIT);
			assertThat(parsed.last().flags()).doesNotContain(MessageFlag.SPLIT);
			assertThat(parsed.messages().subList(1, 4).stream().mapToInt(message -> message.text().length()).sum())
				.isEqualTo(longText.length());
			assertThat(parsed.summary().stats().splitMessages()).isEqualTo(2);
		}
	}
}
