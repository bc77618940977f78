package org.recordsassistant.nccc.transfer.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Month;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.recordsassistant.nccc.transfer.parse.ChatParseException.Problem;

/**
 * Reads a WhatsApp chat export (iPhone or Android, any of the date and time styles WhatsApp writes) and hands each
 * message to a consumer as soon as it is complete. The file is read twice: a first pass looks only at date fields
 * to settle day-first against month-first (stopping as soon as a line settles it), the second pass parses. Memory
 * does not grow with the file: a message is held only until the next one starts, and a message longer than
 * {@value #MAX_MESSAGE_CHARS} characters is emitted in flagged pieces.
 *
 * <p>Bad input never produces anything but {@link ChatParseException}, and only when the file cannot be read as a
 * chat at all (empty, binary, not UTF-8, no message line). Lines that are not a message header belong to the message
 * before them; lines that start like a date but are not a header are counted as suspicious, never logged.
 *
 * <p>Instances are immutable and may be shared; each call to {@code parse} uses its own state.
 */
public final class WhatsAppExportParser {

	/** Recorded in the normalised JSON so a stored document says which parser wrote it. */
	public static final String VERSION = "1.0.0";
	/** A longer message is emitted in pieces flagged {@link MessageFlag#SPLIT}. */
	public static final int MAX_MESSAGE_CHARS = 1 << 20;
	/** Participants listed in the summary; further authors are counted but not listed. */
	public static final int MAX_PARTICIPANTS = 10_000;

	private static final int MAX_AUTHOR_CHARS = 120;
	private static final int CENTURY = 2000;
	private static final int HALF_DAY = 12;

	private final ParserOptions options;

	public WhatsAppExportParser(ParserOptions options) {
		this.options = Objects.requireNonNull(options, "options");
	}

	/** Parses a chat text file. */
	public ParseSummary parse(Path chatText, Consumer<? super ChatMessage> sink) {
		return parse(TextSource.of(chatText), sink);
	}

	/**
	 * Parses the chat, calling {@code sink} once per message in file order, then returns the summary.
	 *
	 * @throws ChatParseException when the text cannot be read as a WhatsApp export
	 */
	public ParseSummary parse(TextSource source, Consumer<? super ChatMessage> sink) {
		Objects.requireNonNull(sink, "sink");
		return parse(source, new ParseListener() {

			@Override
			public void started(ExportFormat format, DateOrderDecision dateOrder) {
				// a plain consumer only wants messages
			}

			@Override
			public void message(ChatMessage message) {
				sink.accept(message);
			}
		});
	}

	/** Parses a chat text file, reporting to a listener. */
	public ParseSummary parse(Path chatText, ParseListener listener) {
		return parse(TextSource.of(chatText), listener);
	}

	/**
	 * Parses the chat, telling the listener the date order before the first message, then each message in file
	 * order; returns the summary.
	 *
	 * @throws ChatParseException when the text cannot be read as a WhatsApp export
	 */
	public ParseSummary parse(TextSource source, ParseListener listener) {
		Objects.requireNonNull(listener, "listener");
		DateOrderDetector.Result detected = DateOrderDetector.detect(source, options.locale());
		listener.started(detected.format(), detected.decision());
		Run run = new Run(detected, listener::message);
		try (LineReader lines = ChatTextDecoder.open(source)) {
			run.readAll(lines);
		}
		catch (CharacterCodingException ex) {
			throw new ChatParseException(Problem.INVALID_ENCODING, "invalid text encoding", ex);
		}
		catch (IOException ex) {
			throw new ChatParseException(Problem.UNREADABLE, "cannot read the chat text", ex);
		}
		if (run.summary.events == 0) {
			throw new ChatParseException(Problem.NO_MESSAGES, "no line has a valid WhatsApp date and time");
		}
		return run.summary.summary(detected.format(), detected.decision(), options.zone());
	}

	/** Cheap test before the scanner: a header starts with a digit or a bracket (marks already removed). */
	static boolean mayStartHeader(char[] chars, int start, int end) {
		if (start >= end) {
			return false;
		}
		char c = chars[start];
		return c == '[' || (c >= '0' && c <= '9');
	}

	/** The state of one parse. */
	private final class Run {

		private final DateOrderDetector.Result detected;
		private final Consumer<? super ChatMessage> sink;
		private final SummaryCollector summary = new SummaryCollector(MAX_PARTICIPANTS);
		private final HeaderScanner scanner = new HeaderScanner();
		private final OffsetCache offsets = new OffsetCache(options.zone());
		private Pending current;
		private long nextIndex;
		private boolean dateConflict;
		private LocalDate lastDate;

		Run(DateOrderDetector.Result detected, Consumer<? super ChatMessage> sink) {
			this.detected = detected;
			this.sink = sink;
		}

		void readAll(LineReader lines) throws IOException {
			while (lines.next()) {
				boolean continues = lines.continuesLine();
				char[] chars = lines.chars();
				int start = lines.start();
				int end = lines.end();
				String raw = null;
				if (lines.hasMarks()) {
					raw = lines.line();
					chars = Marks.strip(raw).toCharArray();
					start = 0;
					end = chars.length;
				}
				if (!continues && mayStartHeader(chars, start, end)) {
					HeaderScanner.Result result = scanner.scan(chars, start, end);
					if (result == HeaderScanner.Result.HEADER) {
						LocalDateTime local = localDateTime();
						if (local != null) {
							flush();
							current = start(lines.lineNumber(), local, chars, end, raw);
							continue;
						}
						summary.suspiciousLines++;
					}
					else if (result == HeaderScanner.Result.SUSPICIOUS) {
						summary.suspiciousLines++;
					}
				}
				append(chars, start, end, continues);
			}
			flush();
		}

		private void append(char[] chars, int start, int end, boolean sameLine) {
			if (current == null) {
				if (!sameLine) {
					summary.linesBeforeFirstMessage++;
				}
				return;
			}
			int separator = sameLine ? 0 : 1;
			if (current.length() + separator + end - start > MAX_MESSAGE_CHARS) {
				Pending next = current.continuation();
				current.flags.add(MessageFlag.SPLIT);
				flush();
				current = next;
				current.append(chars, start, end);
				return;
			}
			if (!sameLine) {
				current.appendLineBreak();
			}
			current.append(chars, start, end);
		}

		private Pending start(long lineNumber, LocalDateTime local, char[] chars, int end, String raw) {
			Pending pending = new Pending(lineNumber, local);
			if (dateConflict) {
				pending.flags.add(MessageFlag.DATE_ORDER_CONFLICT);
			}
			pending.timestamp = offsets.timestamp(local);
			if (offsets.adjusted()) {
				pending.flags.add(MessageFlag.DST_ADJUSTED);
			}
			int restStart = Math.min(scanner.restStart, end);
			int colon = authorEnd(chars, restStart, end);
			if (colon < 0) {
				pending.system = true;
				pending.append(chars, restStart, end);
				return pending;
			}
			pending.author = new String(chars, restStart, colon - restStart);
			int textStart = colon + 1;
			if (textStart < end && chars[textStart] == ' ') {
				textStart++;
			}
			pending.append(chars, textStart, end);
			pending.iosShape = scanner.format == ExportFormat.WHATSAPP_IOS;
			pending.markedText = pending.iosShape && raw != null
					&& (raw.contains(":\u200E") || raw.contains(": \u200E"));
			return pending;
		}

		/** The colon ending the author name, or -1 when the line has no author (an Android system line). */
		private int authorEnd(char[] chars, int restStart, int end) {
			int limit = Math.min(end, restStart + MAX_AUTHOR_CHARS + 1);
			boolean blank = true;
			for (int i = restStart; i < limit; i++) {
				char c = chars[i];
				if (c == ':') {
					return i == restStart || blank ? -1 : i;
				}
				if (c == '"' || c == '\u201C' || c == '\u201D') {
					return -1;
				}
				blank &= Character.isWhitespace(c);
			}
			return -1;
		}

		/** The scanned date and time in the file's order, or null when it is not a real date and time. */
		private LocalDateTime localDateTime() {
			dateConflict = false;
			int year;
			int month;
			int day;
			if (scanner.yearFirst) {
				year = scanner.firstField;
				month = scanner.secondField;
				day = scanner.thirdField;
			}
			else {
				year = scanner.shortYear ? CENTURY + scanner.thirdField : scanner.thirdField;
				boolean monthFirst = detected.fallbackOrder() == DateOrder.MONTH_FIRST;
				month = monthFirst ? scanner.firstField : scanner.secondField;
				day = monthFirst ? scanner.secondField : scanner.firstField;
				if (!isDate(year, month, day) && isDate(year, day, month)) {
					int swap = month;
					month = day;
					day = swap;
					dateConflict = true;
				}
			}
			int hour = scanner.hour;
			if (scanner.meridiem != HeaderScanner.NO_MERIDIEM && hour <= HALF_DAY) {
				hour = hour % HALF_DAY + (scanner.meridiem == HeaderScanner.PM ? HALF_DAY : 0);
			}
			if (hour > 23 || scanner.minute > 59 || scanner.second > 59) {
				return null;
			}
			LocalDate date = date(year, month, day);
			return date == null ? null : LocalDateTime.of(date, LocalTime.of(hour, scanner.minute, scanner.second));
		}

		/** The date, reusing the previous one when it is the same day (chats have many messages a day). */
		private LocalDate date(int year, int month, int day) {
			if (lastDate != null && lastDate.getDayOfMonth() == day && lastDate.getMonthValue() == month
					&& lastDate.getYear() == year) {
				return lastDate;
			}
			if (!isDate(year, month, day)) {
				return null;
			}
			lastDate = LocalDate.of(year, month, day);
			return lastDate;
		}

		private void flush() {
			if (current == null) {
				return;
			}
			Pending pending = current;
			current = null;
			ChatMessage message = pending.toMessage(nextIndex, summary.isOutOfOrder(pending.timestamp));
			nextIndex++;
			summary.add(message);
			sink.accept(message);
		}
	}

	private static boolean isDate(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || year < 1) {
			return false;
		}
		return day <= Month.of(month).length(Year.isLeap(year));
	}

	/** A message whose lines are still being read. */
	private final class Pending {

		private final long line;
		private final LocalDateTime localDateTime;
		/** The text while it is one line; a builder takes over when more lines arrive. */
		private String firstText = "";
		private StringBuilder text;
		private final Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
		private OffsetDateTime timestamp;
		private String author;
		private boolean system;
		private boolean markedText;
		private boolean iosShape;

		Pending(long line, LocalDateTime localDateTime) {
			this.line = line;
			this.localDateTime = localDateTime;
		}

		void append(char[] chars, int start, int end) {
			if (start >= end) {
				return;
			}
			if (text == null) {
				if (firstText.isEmpty()) {
					firstText = new String(chars, start, end - start);
					return;
				}
				startBuilder(end - start);
			}
			text.append(chars, start, end - start);
		}

		void appendLineBreak() {
			if (text == null) {
				startBuilder(1);
			}
			text.append('\n');
		}

		private void startBuilder(int more) {
			text = new StringBuilder(firstText.length() + more + 64);
			text.append(firstText);
		}

		int length() {
			return text == null ? firstText.length() : text.length();
		}

		/** The next piece of a split message: same header, same author. */
		Pending continuation() {
			Pending next = new Pending(line, localDateTime);
			next.timestamp = timestamp;
			next.author = author;
			next.system = system;
			next.markedText = markedText;
			next.iosShape = iosShape;
			next.flags.addAll(flags);
			next.flags.remove(MessageFlag.OUT_OF_ORDER);
			return next;
		}

		ChatMessage toMessage(long index, boolean outOfOrder) {
			if (outOfOrder) {
				flags.add(MessageFlag.OUT_OF_ORDER);
			}
			String body = text == null ? firstText : text.toString();
			String edited = Markers.editedMarker(body);
			if (edited != null) {
				body = Markers.withoutEditedMarker(body, edited);
				flags.add(MessageFlag.EDITED);
			}
			if (system) {
				MessageKind kind = Markers.isCall(body) ? MessageKind.CALL : MessageKind.SYSTEM;
				return message(index, null, null, body, kind, List.of());
			}
			boolean deleted = Markers.isDeleted(body);
			boolean call = !deleted && Markers.isCall(body);
			boolean omitted = !deleted && !call && Markers.isMediaOmitted(body);
			String fileName = deleted || call || omitted ? null : Markers.attachedFileName(body);
			boolean marker = deleted || call || omitted || fileName != null
					|| markedText && Markers.isMarkedUserContent(body);
			if (iosShape && (Markers.isAlwaysSystem(body) || (markedText && !marker))) {
				return message(index, null, author, body, MessageKind.SYSTEM, List.of());
			}
			if (deleted) {
				flags.add(MessageFlag.DELETED);
				return message(index, author, null, body, MessageKind.MESSAGE, List.of());
			}
			if (call) {
				return message(index, author, null, body, MessageKind.CALL, List.of());
			}
			if (omitted) {
				flags.add(MessageFlag.MEDIA_OMITTED);
				return message(index, author, null, body, MessageKind.MEDIA, List.of());
			}
			if (fileName != null) {
				Attachment attachment = options.attachments().find(fileName).orElseGet(() -> Attachment.missing(fileName));
				return message(index, author, null, body, MessageKind.MEDIA, List.of(attachment));
			}
			return message(index, author, null, body, MessageKind.MESSAGE, List.of());
		}

		private ChatMessage message(long index, String messageAuthor, String chatLabel, String body, MessageKind kind,
				List<Attachment> attachments) {
			return new ChatMessage(index, line, localDateTime, timestamp, messageAuthor, chatLabel, body, kind,
					attachments, flags);
		}
	}
}
