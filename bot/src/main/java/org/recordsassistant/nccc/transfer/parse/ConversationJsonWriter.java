package org.recordsassistant.nccc.transfer.parse;

import static org.recordsassistant.nccc.transfer.parse.JsonFields.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the normalised conversation JSON (schema {@value #SCHEMA_VERSION}, see
 * {@code docs/normalised-conversation.md}) while the parser runs: the header when the date order is known, each
 * message as it is parsed, and the summary ({@code participants}, {@code stats}, {@code warnings}) after the
 * {@code messages} array, because only then is it known. Nothing is buffered beyond Jackson's output buffer.
 *
 * <p>Use: pass it to {@link WhatsAppExportParser#parse(TextSource, ParseListener)}, then call
 * {@link #finish(ParseSummary)}. The output stream is flushed, not closed.
 */
public final class ConversationJsonWriter implements ParseListener {

	/** Version of the JSON schema written. */
	public static final String SCHEMA_VERSION = "1.0";

	private static final JsonFactory FACTORY = JsonFactory.builder().build();
	private static final MessageFlag[] FLAGS_IN_ORDER = MessageFlag.values();

	private final JsonGenerator json;
	private final SourceInfo source;
	private final ZoneId zone;

	public ConversationJsonWriter(OutputStream out, SourceInfo source, ZoneId zone) {
		this.source = Objects.requireNonNull(source, "source");
		this.zone = Objects.requireNonNull(zone, "zone");
		try {
			this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8)
				.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void started(ExportFormat format, DateOrderDecision dateOrder) {
		try {
			json.writeStartObject();
			json.writeStringField(SCHEMA_VERSION_FIELD, SCHEMA_VERSION);
			json.writeObjectFieldStart(SOURCE);
			json.writeStringField(FORMAT, format.id());
			json.writeStringField(FILE_NAME, source.fileName());
			if (source.chatEntry() != null) {
				json.writeStringField(CHAT_ENTRY, source.chatEntry());
			}
			json.writeStringField(SHA256, source.sha256());
			json.writeNumberField(SIZE, source.size());
			json.writeStringField(PARSER_VERSION, WhatsAppExportParser.VERSION);
			json.writeEndObject();
			json.writeObjectFieldStart(DATE_ORDER);
			json.writeStringField(ORDER, dateOrder.order().name());
			json.writeBooleanField(AMBIGUOUS, dateOrder.ambiguous());
			json.writeStringField(DECIDED_BY, dateOrder.basis().name());
			json.writeNumberField(EVIDENCE_LINE, dateOrder.evidenceLine());
			json.writeStringField(LOCALE, dateOrder.localeTag());
			json.writeEndObject();
			json.writeStringField(TIME_ZONE, zone.getId());
			json.writeArrayFieldStart(MESSAGES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void message(ChatMessage message) {
		try {
			json.writeStartObject();
			json.writeNumberField(INDEX, message.index());
			json.writeNumberField(LINE, message.line());
			json.writeStringField(TIMESTAMP, IsoTimes.offset(message.timestamp()));
			json.writeStringField(LOCAL_DATE_TIME, IsoTimes.local(message.localDateTime()));
			json.writeStringField(AUTHOR, message.author());
			if (message.chatLabel() != null) {
				json.writeStringField(CHAT_LABEL, message.chatLabel());
			}
			json.writeStringField(TEXT, message.text());
			json.writeStringField(KIND, message.kind().name());
			json.writeArrayFieldStart(ATTACHMENTS);
			for (Attachment attachment : message.attachments()) {
				json.writeStartObject();
				json.writeStringField(NAME, attachment.name());
				json.writeBooleanField(PRESENT, attachment.present());
				if (attachment.size() != null) {
					json.writeNumberField(SIZE, attachment.size());
				}
				if (attachment.sha256() != null) {
					json.writeStringField(SHA256, attachment.sha256());
				}
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart(FLAGS);
			for (MessageFlag flag : FLAGS_IN_ORDER) {
				if (message.has(flag)) {
					json.writeString(flag.name());
				}
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the summary after the messages, closes the document and flushes. */
	public void finish(ParseSummary summary) {
		try {
			json.writeEndArray();
			json.writeArrayFieldStart(PARTICIPANTS);
			for (Participant participant : summary.participants()) {
				json.writeStartObject();
				json.writeStringField(NAME, participant.name());
				json.writeNumberField(MESSAGE_COUNT, participant.messageCount());
				json.writeStringField(FIRST_SEEN, IsoTimes.offset(participant.firstSeen()));
				json.writeStringField(LAST_SEEN, IsoTimes.offset(participant.lastSeen()));
				json.writeEndObject();
			}
			json.writeEndArray();
			writeStats(summary.stats());
			json.writeArrayFieldStart(WARNINGS);
			for (ParseWarning warning : summary.warnings()) {
				json.writeStartObject();
				json.writeStringField(CODE, warning.code());
				json.writeNumberField(COUNT, warning.count());
				json.writeStringField(MESSAGE, warning.message());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
			json.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeStats(ConversationStats stats) throws IOException {
		json.writeObjectFieldStart(STATS);
		json.writeNumberField(EVENTS, stats.events());
		json.writeNumberField(MESSAGES, stats.messages());
		json.writeNumberField(SYSTEM_EVENTS, stats.systemEvents());
		json.writeNumberField(MEDIA_MESSAGES, stats.mediaMessages());
		json.writeNumberField(CALLS, stats.calls());
		json.writeNumberField(ATTACHMENTS_REFERENCED, stats.attachmentsReferenced());
		json.writeNumberField(ATTACHMENTS_PRESENT, stats.attachmentsPresent());
		json.writeNumberField(ATTACHMENTS_MISSING, stats.attachmentsMissing());
		json.writeNumberField(MEDIA_OMITTED, stats.mediaOmitted());
		json.writeNumberField(DELETED, stats.deleted());
		json.writeNumberField(EDITED, stats.edited());
		json.writeNumberField(SUSPICIOUS_LINES, stats.suspiciousLines());
		json.writeNumberField(OUT_OF_ORDER_TIMESTAMPS, stats.outOfOrderTimestamps());
		json.writeNumberField(DATE_ORDER_CONFLICTS, stats.dateOrderConflicts());
		json.writeNumberField(DST_ADJUSTED, stats.dstAdjusted());
		json.writeNumberField(SPLIT_MESSAGES, stats.splitMessages());
		json.writeNumberField(LARGEST_GAP_SECONDS, stats.largestGapSeconds());
		json.writeNumberField(LARGEST_GAP_AFTER_INDEX, stats.largestGapAfterIndex());
		writeTimestamp(FIRST_TIMESTAMP, stats.firstTimestamp());
		writeTimestamp(LAST_TIMESTAMP, stats.lastTimestamp());
		json.writeBooleanField(LIKELY_TRUNCATED, stats.likelyTruncated());
		json.writeNumberField(EXPORT_LIMIT, stats.exportLimit());
		json.writeEndObject();
	}

	private void writeTimestamp(String field, OffsetDateTime value) throws IOException {
		json.writeStringField(field, value == null ? null : IsoTimes.offset(value));
	}
}
