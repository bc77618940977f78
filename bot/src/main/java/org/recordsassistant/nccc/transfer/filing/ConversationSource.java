package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code source.parserVersion} from the head of a conversation JSON, which the message reader does not
 * return. {@code source} comes before {@code messages}, so this stops long before the messages.
 */
final class ConversationSource {

	static final String UNKNOWN = "unknown";
	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final String SOURCE = "source";
	private static final String MESSAGES = "messages";
	private static final String PARSER_VERSION = "parserVersion";

	private ConversationSource() {
	}

	static String parserVersion(Path conversationJson) throws IOException {
		try (InputStream in = Files.newInputStream(conversationJson); JsonParser json = MAPPER.createParser(in)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new IOException("the conversation JSON is not an object");
			}
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String field = json.currentName();
				json.nextToken();
				if (SOURCE.equals(field)) {
					JsonNode source = MAPPER.readTree(json);
					JsonNode version = source.get(PARSER_VERSION);
					return version == null || !version.isTextual() ? UNKNOWN : version.asText();
				}
				if (MESSAGES.equals(field)) {
					return UNKNOWN;
				}
				json.skipChildren();
			}
			return UNKNOWN;
		}
	}
}
