package org.recordsassistant.nccc.transfer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationJsonTests {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final SourceInfo SOURCE = new SourceInfo("chat.zip", "_chat.txt", "ab".repeat(32), 1234);
	private static final String SCHEMA_RESOURCE = "/schema/normalised-conversation-1.0.schema.json";
	private static final String RICH_CHAT = "[14/03/2024, 09:05:12] Priya Shah: Can we confirm option B?\n"
			+ "[14/03/2024, 09:06:40] Tom Reed: Agreed.\nDraft note to follow.\n"
			+ "[14/03/2024, 09:07:02] Tom Reed: \u200E<attached: 00000017-Options paper v2.docx>\n"
			+ "[14/03/2024, 09:07:03] Tom Reed: \u200E<attached: 00000018-missing.pdf>\n"
			+ "[14/03/2024, 09:07:30] Priya Shah: \u200Eimage omitted\n"
			+ "[14/03/2024, 09:08:00] Ports Policy Group: \u200EMessages and calls are end-to-end encrypted.\n"
			+ "[14/03/2024, 09:09:00] Priya Shah: fixed \u200E<This message was edited>\n"
			+ "[14/03/2024, 09:01:00] Tom Reed: \u200EThis message was deleted.\n";

	private record Written(byte[] json, List<ChatMessage> messages, ParseSummary summary) {
	}

	private static Written write(byte[] chat, ParserOptions options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ConversationJsonWriter writer = new ConversationJsonWriter(out, SOURCE, options.zone());
		List<ChatMessage> messages = new ArrayList<>();
		ParseSummary summary = new WhatsAppExportParser(options).parse(() -> new ByteArrayInputStream(chat),
				new ParseListener() {

					@Override
					public void started(ExportFormat format, DateOrderDecision dateOrder) {
						writer.started(format, dateOrder);
					}

					@Override
					public void message(ChatMessage message) {
						messages.add(message);
						writer.message(message);
					}
				});
		writer.finish(summary);
		return new Written(out.toByteArray(), messages, summary);
	}

	private static ParserOptions withOneAttachment() {
		Attachment present = new Attachment("00000017-Options paper v2.docx", true, 42L, "cd".repeat(32));
		return ParserOptions.defaults()
			.withAttachments(name -> name.equals(present.name()) ? Optional.of(present) : Optional.empty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "chat-miner__test_[mmddyy]_24hrs.txt", "chat-miner__test_ddmmyy_24hrs.txt",
			"chat-miner__test_mmddyyyy_12hrs.txt", "chat-miner__test_unicode.txt", "chat-miner__test_yyyymmdd_24hrs.txt",
			"chat-miner__testlog.txt", "langchain__whatsapp_chat.txt", "whatsapp-chat-parser__short-chat.txt",
			"whatstk__example-12h.txt" })
	void everySampleRoundTrips(String sample) throws IOException {
		Written written = write(java.nio.file.Files.readAllBytes(Parsing.sample(sample)), ParserOptions.defaults());
		NormalisedConversation read = ConversationJsonReader.readAll(new ByteArrayInputStream(written.json()));
		assertThat(read).isEqualTo(new NormalisedConversation(ConversationJsonWriter.SCHEMA_VERSION, SOURCE,
				written.messages(), written.summary()));
	}

	@Test
	void attachmentsLabelsAndFlagsRoundTrip() throws IOException {
		Written written = write(RICH_CHAT.getBytes(StandardCharsets.UTF_8), withOneAttachment());
		NormalisedConversation read = ConversationJsonReader.readAll(new ByteArrayInputStream(written.json()));
		assertThat(read.messages()).isEqualTo(written.messages());
		assertThat(read.summary()).isEqualTo(written.summary());
		assertThat(read.summary().stats().attachmentsPresent()).isEqualTo(1);
		assertThat(read.summary().stats().attachmentsMissing()).isEqualTo(1);
		assertThat(read.summary().stats().edited()).isEqualTo(1);
		assertThat(read.summary().stats().deleted()).isEqualTo(1);
		assertThat(read.summary().stats().outOfOrderTimestamps()).isEqualTo(1);
		assertThat(read.messages().get(5).chatLabel()).isEqualTo("Ports Policy Group");
	}

	@Test
	void documentHasTheDocumentedShapeAndOrder() throws IOException {
		Written written = write(RICH_CHAT.getBytes(StandardCharsets.UTF_8), withOneAttachment());
		JsonNode root = MAPPER.readTree(written.json());
		assertThat(iterable(root.fieldNames())).containsExactly("schemaVersion", "source", "dateOrder", "timeZone",
				"messages", "participants", "stats", "warnings");
		assertThat(root.path("source").path("format").asText()).isEqualTo("whatsapp-ios");
		assertThat(root.path("source").path("parserVersion").asText()).isEqualTo(WhatsAppExportParser.VERSION);
		assertThat(root.path("timeZone").asText()).isEqualTo("Europe/London");
		JsonNode attached = root.path("messages").get(2);
		assertThat(attached.path("timestamp").asText()).isEqualTo("2024-03-14T09:07:02Z");
		assertThat(attached.path("localDateTime").asText()).isEqualTo("2024-03-14T09:07:02");
		assertThat(attached.path("kind").asText()).isEqualTo("MEDIA");
		assertThat(attached.path("attachments").get(0).path("present").asBoolean()).isTrue();
		assertThat(attached.path("attachments").get(0).path("size").asLong()).isEqualTo(42);
		assertThat(root.path("messages").get(5).path("author").isNull()).isTrue();
	}

	@Test
	void schemaFileDeclaresEveryFieldTheWriterWrites() throws IOException {
		JsonNode schema;
		try (InputStream in = getClass().getResourceAsStream(SCHEMA_RESOURCE)) {
			assertThat(in).as(SCHEMA_RESOURCE).isNotNull();
			schema = MAPPER.readTree(in);
		}
		Written written = write(RICH_CHAT.getBytes(StandardCharsets.UTF_8), withOneAttachment());
		JsonNode root = MAPPER.readTree(written.json());
		JsonNode definitions = schema.path("$defs");
		assertDeclared(root, schema);
		assertDeclared(root.path("source"), definitions.path("source"));
		assertDeclared(root.path("dateOrder"), definitions.path("dateOrder"));
		assertDeclared(root.path("stats"), definitions.path("stats"));
		for (JsonNode message : root.path("messages")) {
			assertDeclared(message, definitions.path("message"));
			for (JsonNode attachment : message.path("attachments")) {
				assertDeclared(attachment, definitions.path("attachment"));
			}
		}
		assertDeclared(root.path("participants").get(0), definitions.path("participant"));
		assertDeclared(root.path("warnings").get(0), definitions.path("warning"));
		assertThat(iterable(definitions.path("message").path("properties").path("flags").path("items").path("enum")
			.elements()).stream().map(JsonNode::asText)).containsExactlyInAnyOrder(
					java.util.Arrays.stream(MessageFlag.values()).map(Enum::name).toArray(String[]::new));
	}

	@Test
	void readerRejectsAnotherMajorVersion() {
		byte[] json = "{\"schemaVersion\":\"2.0\"}".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ConversationJsonReader.readAll(new ByteArrayInputStream(json)))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("2.0");
	}

	private static void assertDeclared(JsonNode document, JsonNode schema) {
		Set<String> declared = new TreeSet<>(iterable(schema.path("properties").fieldNames()));
		assertThat(declared).as("schema properties").isNotEmpty();
		assertThat(iterable(document.fieldNames())).isSubsetOf(declared);
		for (JsonNode required : schema.path("required")) {
			assertThat(document.has(required.asText())).as("required " + required.asText()).isTrue();
		}
	}

	private static <T> List<T> iterable(Iterator<T> iterator) {
		List<T> list = new ArrayList<>();
		iterator.forEachRemaining(list::add);
		return list;
	}

}
