package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.recordsassistant.nccc.transfer.parse.ConversationJsonReader.Header;
import org.recordsassistant.nccc.transfer.parse.ConversationStats;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;

/**
 * Writes the cover page, after the transcript so that it can state the counts and the page total. Everything
 * must fit on the one page: a value longer than {@value #MAX_VALUE_LENGTH} characters is cut with a note, and
 * the hashes come first so that they are never the part that is lost.
 */
final class CoverPage {

	static final String TITLE = "Transcript of a conversation on a non-corporate channel";
	static final String ORIGINAL_HASH = "SHA-256 of the original ";
	static final String JSON_HASH = "SHA-256 of the normalised JSON (conversation.json)";
	private static final int MAX_VALUE_LENGTH = 600;
	private static final String NONE = "none";
	private static final String LIST_SEPARATOR = "; ";
	private static final String LABEL_END = ": ";
	private static final float GAP = 6f;
	private static final float RULE_GREY = 0.7f;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm:ss xxx", Locale.UK);
	private static final String NOTE = "The normalised JSON is the authoritative copy of the text; this transcript "
			+ "is a rendering of it. Times are as shown on the phone. Characters the fonts cannot show appear as "
			+ "[U+XXXX] (their Unicode code point); right-to-left text is shown in reading order without letter "
			+ "joining.";

	private final PageWriter pages;
	private final TranscriptStyles styles;
	private boolean cut;

	CoverPage(PageWriter pages, TranscriptStyles styles) {
		this.pages = pages;
		this.styles = styles;
	}

	void write(TranscriptCover cover, Header header, String parserVersion, long shown) throws IOException {
		ParseSummary summary = header.summary();
		ConversationStats stats = summary.stats();
		ZoneId zone = summary.zone();
		text(styles.title(), TITLE);
		pages.space(GAP);
		pages.rule(RULE_GREY);
		pages.space(GAP);
		field("Reference", cover.reference());
		for (TranscriptCover.FileDigest original : cover.originals()) {
			text(styles.bold(), ORIGINAL_HASH + "(" + original.name() + ")");
			text(styles.mono(), original.sha256());
		}
		text(styles.bold(), JSON_HASH);
		text(styles.mono(), cover.conversationSha256());
		pages.space(GAP);
		field("Declaration reference", cover.declarationReference() == null ? NONE : cover.declarationReference());
		field("Declarant", cover.declarant());
		field("Channel", cover.channel());
		field("Counterparties", cover.counterparties().isEmpty() ? NONE
				: String.join(LIST_SEPARATOR, cover.counterparties()));
		field("Business area", cover.businessArea());
		field("Classification", cover.classification());
		field("Date range", stats.firstTimestamp() == null ? NONE
				: WHEN.format(stats.firstTimestamp()) + " to " + WHEN.format(stats.lastTimestamp()));
		field("Time zone", zone.getId());
		field("Messages", stats.messages() + " by participants, " + stats.systemEvents() + " system events, "
				+ stats.events() + " in all");
		field("Participants", Integer.toString(summary.participants().size()));
		field("Attachments", stats.attachmentsReferenced() + " referenced, " + stats.attachmentsPresent()
				+ " present, " + stats.attachmentsMissing() + " missing");
		field("Warnings", summary.warnings().isEmpty() ? NONE : summary.warnings().stream()
				.map(w -> w.code() + " (" + w.count() + ")").collect(Collectors.joining(LIST_SEPARATOR)));
		field("Uploaded by", cover.uploadedByName() + " (" + cover.uploadedByKey() + ")");
		field("Uploaded at", WHEN.format(cover.uploadedAt().atZone(zone)));
		field("Record created", WHEN.format(cover.createdAt().atZone(zone)));
		field("Parser version", parserVersion + ", conversation schema " + header.schemaVersion());
		field("Pages", Integer.toString(pages.pageCount()));
		field("Transcript", shown == stats.events() ? "complete, all " + shown + " entries"
				: "PARTIAL, the first " + shown + " of " + stats.events() + " entries (page limit reached); "
						+ "conversation.json holds them all");
		pages.space(GAP);
		text(styles.meta(), NOTE);
	}

	/** Whether something did not fit on the page. */
	boolean cut() {
		return cut;
	}

	private void field(String label, String value) {
		String shown = value;
		if (value.length() > MAX_VALUE_LENGTH) {
			int end = Character.isHighSurrogate(value.charAt(MAX_VALUE_LENGTH - 1)) ? MAX_VALUE_LENGTH - 1
					: MAX_VALUE_LENGTH;
			shown = value.substring(0, end) + " \u2026 (" + (value.length() - end) + " more characters)";
		}
		LineBreaker breaker = breaker();
		breaker.append(styles.bold(), styles.bold().fonts().renderable(label + LABEL_END));
		breaker.append(styles.body(), styles.body().fonts().renderable(shown));
		breaker.finish();
	}

	private void text(TextStyle style, String value) {
		LineBreaker breaker = breaker();
		breaker.append(style, style.fonts().renderable(value));
		breaker.finish();
	}

	private LineBreaker breaker() {
		return new LineBreaker(PageWriter.CONTENT_WIDTH, (codePoints, lineStyles, length, width) -> {
			try {
				cut |= !pages.line(codePoints, lineStyles, length, width, 0, styles.body(), false);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}
}
