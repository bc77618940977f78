package org.recordsassistant.nccc.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.ParserOptions;
import org.recordsassistant.nccc.transfer.parse.SourceInfo;

import static org.assertj.core.api.Assertions.assertThat;

class EmlConverterTests {
	private static final ObjectMapper JSON = new ObjectMapper();
	static final byte[] PDF = "%PDF-1.4 options paper".getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path job;

	/** A forwarded email: plain text body and one PDF attachment, base64 encoded. */
	static byte[] emailWithAttachment() {
		String base64 = java.util.Base64.getMimeEncoder().encodeToString(PDF);
		return ("From: Tom Reed <tom.reed@example.org>\r\n"
				+ "To: Priya Shah <priya@example.gov.uk>\r\n"
				+ "Subject: =?UTF-8?Q?Re:_Options_=E2=80=93_decision?=\r\n"
				+ "Date: Thu, 14 Mar 2024 09:05:00 +0000\r\n"
				+ "MIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
				+ "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
				+ "--b2\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nAgreed: option B.\r\nTom\r\n"
				+ "--b2\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Agreed: <b>option B</b>.</p>\r\n"
				+ "--b2--\r\n"
				+ "--b1\r\nContent-Type: application/pdf; name=\"options paper.pdf\"\r\n"
				+ "Content-Disposition: attachment; filename=\"options paper.pdf\"\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + base64 + "\r\n--b1--\r\n")
				.getBytes(StandardCharsets.UTF_8);
	}

	private JsonNode convert(byte[] eml) throws IOException {
		Path file = Files.write(job.resolve("mail.eml"), eml);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ParseSummary summary = EmlConverter.convert(file, new SourceInfo("mail.eml", null, "0".repeat(64), eml.length),
				job, out, Locale.UK, ParserOptions.DEFAULT_ZONE, OffsetDateTime.parse("2026-11-25T10:00:00Z"));
		assertThat(summary.stats().events()).isEqualTo(1);
		return JSON.readTree(out.toByteArray());
	}

	@Test
	void plainTextBodyWithSubjectRecipientsAndAttachment() throws Exception {
		JsonNode json = convert(emailWithAttachment());
		JsonNode message = json.path("messages").get(0);
		assertThat(json.path("source").path("format").asText()).isEqualTo("email");
		assertThat(json.path("dateOrder").path("decidedBy").asText()).isEqualTo("STRUCTURED_DATES");
		assertThat(message.path("author").asText()).isEqualTo("Tom Reed <tom.reed@example.org>");
		assertThat(message.path("timestamp").asText()).isEqualTo("2024-03-14T09:05:00Z");
		assertThat(message.path("kind").asText()).isEqualTo("MESSAGE");
		assertThat(message.path("text").asText()).isEqualTo("Subject: Re: Options – decision\n"
				+ "To: Priya Shah <priya@example.gov.uk>\n\nAgreed: option B.\nTom");
		JsonNode attachment = message.path("attachments").get(0);
		assertThat(attachment.path("name").asText()).isEqualTo("options paper.pdf");
		assertThat(attachment.path("present").asBoolean()).isTrue();
		assertThat(attachment.path("size").asLong()).isEqualTo(PDF.length);
		assertThat(attachment.path("sha256").asText())
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		assertThat(job.resolve("attachments/options paper.pdf")).hasBinaryContent(PDF);
		assertThat(json.path("participants").get(0).path("name").asText()).startsWith("Tom Reed");
		assertThat(json.path("stats").path("attachmentsPresent").asInt()).isEqualTo(1);
	}

	@Test
	void htmlOnlyBodyBecomesSimpleText() throws Exception {
		byte[] eml = ("From: a@example.org\r\nSubject: Hi\r\nDate: Thu, 14 Mar 2024 09:05:00 +0000\r\n"
				+ "Content-Type: text/html; charset=UTF-8\r\n\r\n<html><style>p{color:red}</style><body>"
				+ "<p>First &amp; second</p><div>Third<br>Fourth</div><script>alert(1)</script></body></html>\r\n")
				.getBytes(StandardCharsets.UTF_8);
		String text = convert(eml).path("messages").get(0).path("text").asText();
		assertThat(text).isEqualTo("Subject: Hi\n\nFirst & second\nThird\nFourth");
	}

	@Test
	void missingDateUsesTheTimeItArrived() throws Exception {
		byte[] eml = "From: a@example.org\r\nSubject: Hi\r\n\r\nBody\r\n".getBytes(StandardCharsets.UTF_8);
		JsonNode message = convert(eml).path("messages").get(0);
		assertThat(message.path("timestamp").asText()).isEqualTo("2026-11-25T10:00:00Z");
	}

	@Test
	void attachmentNamesCannotLeaveTheFolderOrCollide() throws Exception {
		String part = "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; "
				+ "filename=\"../../evil.txt\"\r\n\r\nx\r\n";
		byte[] eml = ("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n" + part
				+ "--b\r\n" + part + "--b--\r\n").getBytes(StandardCharsets.UTF_8);
		JsonNode attachments = convert(eml).path("messages").get(0).path("attachments");
		assertThat(attachments.get(0).path("name").asText()).isEqualTo("evil.txt");
		assertThat(attachments.get(1).path("name").asText()).isEqualTo("evil (2).txt");
		assertThat(job.resolve("attachments/evil.txt")).exists();
		assertThat(job.getParent().resolve("evil.txt")).doesNotExist();
	}

	@Test
	void htmlToTextDecodesEntitiesLast() {
		assertThat(EmlConverter.htmlToText("<p>&amp;lt;b&amp;gt;</p>")).isEqualTo("&lt;b&gt;");
	}

	@Test
	void emptyEmailHasNoSenderAndNoText() throws Exception {
		// Jakarta Mail accepts any bytes as a message; an empty one has no sender, no date and no text.
		JsonNode message = convert(new byte[0]).path("messages").get(0);
		assertThat(message.path("author").isNull()).isTrue();
		assertThat(message.path("text").asText()).isBlank();
	}
}
