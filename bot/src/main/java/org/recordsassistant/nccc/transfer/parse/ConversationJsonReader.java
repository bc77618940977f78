package org.recordsassistant.nccc.transfer.parse;

import static org.recordsassistant.nccc.transfer.parse.JsonFields.*;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the normalised conversation JSON written by {@link ConversationJsonWriter}, streaming the messages to a
 * listener one by one. Rejects documents of another major schema version.
 */
public final class ConversationJsonReader {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final String SUPPORTED_MAJOR = "1.";

	/** What a read found besides the messages. */
	public record Header(String schemaVersion, SourceInfo source, ParseSummary summary) {
	}

	private ConversationJsonReader() {
	}

	/** Reads a whole document into memory. */
	public static NormalisedConversation readAll(InputStream in) throws IOException {
		List<ChatMessage> messages = new ArrayList<>();
		Header header = read(in, new ParseListener() {

			@Override
			public void started(ExportFormat format, DateOrderDecision dateOrder) {
				// the header is returned with the summary
			}

			@Override
			public void message(ChatMessage message) {
				messages.add(message);
			}
		});
		return new NormalisedConversation(header.schemaVersion(), header.source(), messages, header.summary());
	}

	/** Streams the messages to the listener and returns the rest of the document. */
	public static Header read(InputStream in, ParseListener listener) throws IOException {
		try (JsonParser json = MAPPER.createParser(in)) {
			expect(json.nextToken(), JsonToken.START_OBJECT);
			String version = null;
			JsonNode source = null;
			JsonNode dateOrder = null;
			String zone = null;
			JsonNode participants = null;
			JsonNode stats = null;
			JsonNode warnings = null;
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String field = json.currentName();
				JsonToken value = json.nextToken();
				switch (field) {
					case SCHEMA_VERSION_FIELD -> version = checkVersion(json.getText());
					case SOURCE -> source = MAPPER.readTree(json);
					case DATE_ORDER -> dateOrder = MAPPER.readTree(json);
					case TIME_ZONE -> zone = json.getText();
					case MESSAGES -> {
						expect(value, JsonToken.START_ARRAY);
						listener.started(ExportFormat.fromId(required(source, SOURCE).path(FORMAT).asText()),
								dateOrder(required(dateOrder, DATE_ORDER)));
						while (json.nextToken() == JsonToken.START_OBJECT) {
							listener.message(message(MAPPER.readTree(json)));
						}
					}
					case PARTICIPANTS -> participants = MAPPER.readTree(json);
					case STATS -> stats = MAPPER.readTree(json);
					case WARNINGS -> warnings = MAPPER.readTree(json);
					default -> json.skipChildren();
				}
			}
			JsonNode sourceNode = required(source, SOURCE);
			SourceInfo sourceInfo = new SourceInfo(sourceNode.path(FILE_NAME).asText(),
					text(sourceNode, CHAT_ENTRY), sourceNode.path(SHA256).asText(), sourceNode.path(SIZE).asLong());
			ParseSummary summary = new ParseSummary(ExportFormat.fromId(sourceNode.path(FORMAT).asText()),
					dateOrder(required(dateOrder, DATE_ORDER)), ZoneId.of(required(zone, TIME_ZONE)),
					participants(required(participants, PARTICIPANTS)), stats(required(stats, STATS)),
					warnings(required(warnings, WARNINGS)));
			return new Header(required(version, SCHEMA_VERSION_FIELD), sourceInfo, summary);
		}
	}

	private static String checkVersion(String version) throws IOException {
		if (version == null || !version.startsWith(SUPPORTED_MAJOR)) {
			throw new IOException("Unsupported schema version " + version);
		}
		return version;
	}

	private static DateOrderDecision dateOrder(JsonNode node) {
		return new DateOrderDecision(DateOrder.valueOf(node.path(ORDER).asText()), node.path(AMBIGUOUS).asBoolean(),
				DateOrderBasis.valueOf(node.path(DECIDED_BY).asText()), node.path(EVIDENCE_LINE).asLong(),
				node.path(LOCALE).asText());
	}

	private static ChatMessage message(JsonNode node) {
		List<Attachment> attachments = new ArrayList<>();
		for (JsonNode attachment : node.path(ATTACHMENTS)) {
			JsonNode size = attachment.get(SIZE);
			attachments.add(new Attachment(attachment.path(NAME).asText(), attachment.path(PRESENT).asBoolean(),
					size == null || size.isNull() ? null : size.asLong(), text(attachment, SHA256)));
		}
		Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
		for (JsonNode flag : node.path(FLAGS)) {
			flags.add(MessageFlag.valueOf(flag.asText()));
		}
		return new ChatMessage(node.path(INDEX).asLong(), node.path(LINE).asLong(),
				LocalDateTime.parse(node.path(LOCAL_DATE_TIME).asText()), OffsetDateTime.parse(node.path(TIMESTAMP).asText()),
				text(node, AUTHOR), text(node, CHAT_LABEL), node.path(TEXT).asText(),
				MessageKind.valueOf(node.path(KIND).asText()), attachments, flags);
	}

	private static List<Participant> participants(JsonNode node) {
		List<Participant> participants = new ArrayList<>();
		for (JsonNode participant : node) {
			participants.add(new Participant(participant.path(NAME).asText(), participant.path(MESSAGE_COUNT).asLong(),
					timestamp(participant, FIRST_SEEN), timestamp(participant, LAST_SEEN)));
		}
		return participants;
	}

	private static ConversationStats stats(JsonNode node) {
		return new ConversationStats(node.path(EVENTS).asLong(), node.path(MESSAGES).asLong(),
				node.path(SYSTEM_EVENTS).asLong(), node.path(MEDIA_MESSAGES).asLong(), node.path(CALLS).asLong(),
				node.path(ATTACHMENTS_REFERENCED).asLong(), node.path(ATTACHMENTS_PRESENT).asLong(),
				node.path(ATTACHMENTS_MISSING).asLong(), node.path(MEDIA_OMITTED).asLong(), node.path(DELETED).asLong(),
				node.path(EDITED).asLong(), node.path(SUSPICIOUS_LINES).asLong(),
				node.path(OUT_OF_ORDER_TIMESTAMPS).asLong(), node.path(DATE_ORDER_CONFLICTS).asLong(),
				node.path(DST_ADJUSTED).asLong(), node.path(SPLIT_MESSAGES).asLong(),
				node.path(LARGEST_GAP_SECONDS).asLong(), node.path(LARGEST_GAP_AFTER_INDEX).asLong(),
				timestamp(node, FIRST_TIMESTAMP), timestamp(node, LAST_TIMESTAMP), node.path(LIKELY_TRUNCATED).asBoolean(),
				node.path(EXPORT_LIMIT).asLong());
	}

	private static List<ParseWarning> warnings(JsonNode node) {
		List<ParseWarning> warnings = new ArrayList<>();
		for (JsonNode warning : node) {
			warnings.add(new ParseWarning(warning.path(CODE).asText(), warning.path(COUNT).asLong(),
					warning.path(MESSAGE).asText()));
		}
		return warnings;
	}

	private static OffsetDateTime timestamp(JsonNode node, String field) {
		String value = text(node, field);
		return value == null ? null : OffsetDateTime.parse(value);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static <T> T required(T value, String field) throws IOException {
		if (value == null) {
			throw new IOException("Missing field " + field);
		}
		return value;
	}

	private static void expect(JsonToken actual, JsonToken expected) throws IOException {
		if (actual != expected) {
			throw new IOException("Expected " + expected + " but found " + actual);
		}
	}
}
