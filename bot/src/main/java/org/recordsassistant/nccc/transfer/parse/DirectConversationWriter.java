package org.recordsassistant.nccc.transfer.parse;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a small conversation that needed no line parsing (an email, a typed note) in the same normalised JSON
 * as a WhatsApp export, with the same summary, so the preview and filing treat every source alike.
 */
public final class DirectConversationWriter {

	private DirectConversationWriter() {
	}

	/**
	 * Writes {@code messages} (already indexed, in order) and returns their summary.
	 *
	 * @param format {@link ExportFormat#EMAIL} or {@link ExportFormat#NOTE}
	 * @param out flushed, not closed
	 */
	public static ParseSummary write(OutputStream out, SourceInfo source, ExportFormat format, ZoneId zone,
			Locale locale, List<ChatMessage> messages) {
		Objects.requireNonNull(format, "format");
		DateOrderDecision decision = new DateOrderDecision(DateOrder.YEAR_FIRST, false,
				DateOrderBasis.STRUCTURED_DATES, 0, locale.toLanguageTag());
		ConversationJsonWriter writer = new ConversationJsonWriter(out, source, zone);
		SummaryCollector collector = new SummaryCollector(WhatsAppExportParser.MAX_PARTICIPANTS);
		writer.started(format, decision);
		for (ChatMessage message : messages) {
			writer.message(message);
			collector.add(message);
		}
		ParseSummary summary = collector.summary(format, decision, zone);
		writer.finish(summary);
		return summary;
	}
}
