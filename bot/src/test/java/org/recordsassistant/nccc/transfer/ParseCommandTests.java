package org.recordsassistant.nccc.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.nccc.testing.SharedFolder;

class ParseCommandTests {

	private static final String SHORT_CHAT = "whatsapp-chat-parser__short-chat.txt";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ParseCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private JsonNode json() throws IOException {
		return new ObjectMapper().readTree(out.toByteArray());
	}

	private String errText() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static Path sample(String name) {
		return SharedFolder.whatsappSamples().resolve(name);
	}

	@Test
	void writesNormalisedJsonForATextFile() throws IOException {
		assertThat(run("parse", sample(SHORT_CHAT).toString())).isEqualTo(ParseCommand.OK);
		JsonNode json = json();
		assertThat(json.path("schemaVersion").asText()).isEqualTo("1.0");
		assertThat(json.path("source").path("fileName").asText()).isEqualTo(SHORT_CHAT);
		assertThat(json.path("source").path("size").asLong()).isEqualTo(Files.size(sample(SHORT_CHAT)));
		assertThat(json.path("dateOrder").path("order").asText()).isEqualTo("DAY_FIRST");
		assertThat(json.path("dateOrder").path("ambiguous").asBoolean()).isTrue();
		assertThat(json.path("messages")).hasSize(5);
		assertThat(json.path("stats").path("events").asLong()).isEqualTo(5);
		assertThat(errText()).contains("events=5", "(ambiguous)");
	}

	@Test
	void localeAndZoneOptionsApply() throws IOException {
		assertThat(run("parse", sample(SHORT_CHAT).toString(), "--locale", "en-US", "--zone", "America/New_York"))
			.isEqualTo(ParseCommand.OK);
		JsonNode json = json();
		assertThat(json.path("dateOrder").path("order").asText()).isEqualTo("MONTH_FIRST");
		assertThat(json.path("timeZone").asText()).isEqualTo("America/New_York");
		assertThat(json.path("messages").get(3).path("timestamp").asText()).isEqualTo("2017-08-05T01:48:00-04:00");
	}

	@Test
	void readsAZipAndReportsAttachments() throws IOException {
		Path zip = temp.resolve("WhatsApp Chat - Ports.zip");
		try (ZipArchiveOutputStream archive = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
			archive.putArchiveEntry(new ZipArchiveEntry("_chat.txt"));
			archive.write(("[14/03/2024, 09:07:02] Tom Reed: \u200E<attached: 00000017-PHOTO.jpg>\n"
					+ "[14/03/2024, 09:07:30] Tom Reed: \u200E<attached: 00000018-gone.jpg>\n")
				.getBytes(StandardCharsets.UTF_8));
			archive.closeArchiveEntry();
			archive.putArchiveEntry(new ZipArchiveEntry("00000017-PHOTO.jpg"));
			archive.write(new byte[] { 1, 2, 3 });
			archive.closeArchiveEntry();
		}
		assertThat(run("parse", zip.toString())).isEqualTo(ParseCommand.OK);
		JsonNode json = json();
		assertThat(json.path("source").path("format").asText()).isEqualTo("whatsapp-ios");
		assertThat(json.path("source").path("chatEntry").asText()).isEqualTo("_chat.txt");
		assertThat(json.path("messages").get(0).path("attachments").get(0).path("size").asLong()).isEqualTo(3);
		assertThat(json.path("stats").path("attachmentsMissing").asLong()).isEqualTo(1);
		assertThat(json.path("warnings").get(0).path("code").asText()).isEqualTo("MISSING_ATTACHMENTS");
	}

	@Test
	void usageErrorsExitTwo() throws IOException {
		assertThat(run()).isEqualTo(ParseCommand.USAGE);
		assertThat(run("format", "x.txt")).isEqualTo(ParseCommand.USAGE);
		assertThat(run("parse", temp.resolve("missing.txt").toString())).isEqualTo(ParseCommand.USAGE);
		Path file = Files.writeString(temp.resolve("chat.txt"), "14/03/2024, 09:05 - Tom: hi\n");
		assertThat(run("parse", file.toString(), "--zone")).isEqualTo(ParseCommand.USAGE);
		assertThat(run("parse", file.toString(), "--zone", "Mars/Olympus")).isEqualTo(ParseCommand.USAGE);
		assertThat(run("parse", file.toString(), "--locale", "not a locale!")).isEqualTo(ParseCommand.USAGE);
		assertThat(run("parse", file.toString(), "--colour", "red")).isEqualTo(ParseCommand.USAGE);
		assertThat(errText()).contains(ParseCommand.USAGE_TEXT);
		assertThat(out.size()).isZero();
	}

	@Test
	void unreadableFileExitsOneWithTheReason() throws IOException {
		Path binary = Files.write(temp.resolve("photo.txt"), new byte[] { 0, 1, 2, 3 });
		assertThat(run("parse", binary.toString())).isEqualTo(ParseCommand.PARSE_FAILED);
		assertThat(errText()).contains("NOT_TEXT");
	}

	@Test
	void textWithoutMessagesExitsOne() throws IOException {
		Path notes = Files.writeString(temp.resolve("notes.txt"), "shopping list\nmilk\n");
		assertThat(run("parse", notes.toString())).isEqualTo(ParseCommand.PARSE_FAILED);
		assertThat(errText()).contains("NO_MESSAGES", "No WhatsApp messages were found");
	}
}
