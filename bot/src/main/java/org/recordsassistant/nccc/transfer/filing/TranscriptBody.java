package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.recordsassistant.nccc.transfer.parse.Attachment;
import org.recordsassistant.nccc.transfer.parse.ChatMessage;
import org.recordsassistant.nccc.transfer.parse.DateOrderDecision;
import org.recordsassistant.nccc.transfer.parse.ExportFormat;
import org.recordsassistant.nccc.transfer.parse.MessageFlag;
import org.recordsassistant.nccc.transfer.parse.MessageKind;
import org.recordsassistant.nccc.transfer.parse.ParseListener;

/**
 * Draws the transcript pages as the conversation JSON is read, one message at a time: a date header whenever
 * the day changes, then each message as a header line (time, author in bold, flags, index) and its wrapped
 * text; system events in grey; one line per attachment. Holds nothing from earlier messages but the last day.
 */
final class TranscriptBody implements ParseListener {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);
	private static final float TEXT_INDENT = 12f;
	private static final float GAP_BEFORE_DAY = 10f;
	private static final float GAP_AFTER_DAY = 4f;
	private static final float GAP_BEFORE_MESSAGE = 4f;
	private static final float RULE_GREY = 0.7f;
	private static final String SPACER = "  ";
	private static final String SYSTEM_EVENT = "system event";
	private static final String HEADER_SEPARATOR = " \u2014 ";
	private static final String NO_MESSAGES = "The conversation has no messages.";
	private static final String STOPPED = "The transcript stops here: it reached its limit of %d pages. The "
			+ "normalised JSON (conversation.json) holds every message, including those not shown here.";

	private final PageWriter pages;
	private final TranscriptStyles styles;
	private final String reference;
	private final int maxPages;
	private LocalDate day;
	private long shown;
	private boolean stopped;

	TranscriptBody(PageWriter pages, TranscriptStyles styles, String reference, int maxPages) {
		this.pages = pages;
		this.styles = styles;
		this.reference = reference;
		this.maxPages = maxPages;
	}

	/** Entries drawn; fewer than the conversation has only when the page limit was reached. */
	long shown() {
		return shown;
	}

	@Override
	public void started(ExportFormat format, DateOrderDecision dateOrder) {
		// the cover page reports format and date order from the summary
	}

	@Override
	public void message(ChatMessage message) {
		try {
			draw(message);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Finishes the transcript; says so when there was nothing to show. */
	void finish() {
		if (shown == 0 && !stopped) {
			paragraph(0, styles.body(), NO_MESSAGES);
		}
	}

	private void draw(ChatMessage message) throws IOException {
		if (stopped) {
			return;
		}
		if (pages.pageCount() >= maxPages) {
			// Page objects stay in memory until the PDF is saved (a few KB each): the limit bounds the heap.
			stopped = true;
			pages.space(GAP_BEFORE_DAY);
			paragraph(0, styles.bold(), String.format(Locale.ROOT, STOPPED, maxPages));
			return;
		}
		shown++;
		LocalDate messageDay = message.localDateTime().toLocalDate();
		if (!messageDay.equals(day)) {
			day = messageDay;
			String dayText = DAY.format(day);
			pages.runningHeader(reference + HEADER_SEPARATOR + dayText);
			pages.space(GAP_BEFORE_DAY);
			if (!pages.fits(styles.dateHeader().lineHeight() + 3 * styles.body().lineHeight())) {
				pages.startPage();
			}
			paragraph(0, styles.dateHeader(), dayText);
			pages.rule(RULE_GREY);
			pages.space(GAP_AFTER_DAY);
		}
		pages.space(GAP_BEFORE_MESSAGE);
		boolean system = message.kind() == MessageKind.SYSTEM;
		LineBreaker header = breaker(0, false);
		header.append(styles.meta(), TIME.format(message.localDateTime()) + SPACER);
		if (system || message.author() == null) {
			header.append(styles.meta(), SYSTEM_EVENT);
			if (message.chatLabel() != null) {
				header.append(styles.meta(), HEADER_SEPARATOR + renderable(styles.meta(), message.chatLabel()));
			}
		}
		else {
			header.append(styles.bold(), renderable(styles.bold(), message.author()));
		}
		for (MessageFlag flag : message.flags()) {
			header.append(styles.meta(), SPACER + "[" + flag.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "]");
		}
		header.append(styles.meta(), SPACER + "#" + message.index());
		header.finish();
		TextStyle textStyle = system ? styles.system() : styles.body();
		paragraph(TEXT_INDENT, textStyle, message.text());
		for (Attachment attachment : message.attachments()) {
			paragraph(TEXT_INDENT, styles.meta(), describe(attachment));
		}
	}

	static String describe(Attachment attachment) {
		StringBuilder text = new StringBuilder("[attachment: ").append(attachment.name()).append(HEADER_SEPARATOR);
		if (!attachment.present()) {
			text.append("missing");
		}
		else {
			text.append("present");
			if (attachment.sha256() != null) {
				text.append(", SHA-256 ").append(attachment.sha256());
			}
		}
		return text.append(']').toString();
	}

	private void paragraph(float indent, TextStyle style, String text) {
		LineBreaker breaker = breaker(indent, true);
		breaker.append(style, renderable(style, text));
		breaker.finish();
	}

	private static String renderable(TextStyle style, String text) {
		return style.fonts().renderable(text);
	}

	private LineBreaker breaker(float indent, boolean autoDirection) {
		TextStyle empty = styles.body();
		return new LineBreaker(PageWriter.CONTENT_WIDTH - indent, (codePoints, lineStyles, length, width) -> {
			try {
				pages.line(codePoints, lineStyles, length, width, indent, empty, autoDirection);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}
}
