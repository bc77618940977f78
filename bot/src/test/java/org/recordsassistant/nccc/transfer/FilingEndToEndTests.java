package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.recordsassistant.nccc.transfer.intake.ChatWorkspace;
import org.recordsassistant.nccc.transfer.intake.ZipBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Upload → preview → confirm → receipt, filed to the local records folder with every hash checked. */
class FilingEndToEndTests extends EndToEndTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final byte[] PHOTO = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9, 8, 7, 6 };
	private static final String CHAT = "[14/03/2024, 09:05:12] Priya Shah: Can we confirm option B?\n"
			+ "[14/03/2024, 09:06:40] Tom Reed: Agreed, option B. I'll tell the office.\n"
			+ "[14/03/2024, 09:07:02] Tom Reed: \u200E<attached: 00000017-PHOTO-2024-03-14-09-07-02.jpg>\n";

	@Autowired
	TransferService transfers;

	@DynamicPropertySource
	static void filingSettings(DynamicPropertyRegistry registry) {
		registry.add("nccc.transfer.work-dir", () -> DATA.resolve("work").toString());
	}

	@Test
	void confirmedZipIsFiledWithOriginalJsonPdfAttachmentAndManifestAndTheUserGetsAReceipt() throws Exception {
		byte[] zip = new ZipBuilder().add("_chat.txt", CHAT).add("00000017-PHOTO-2024-03-14-09-07-02.jpg", PHOTO).bytes();
		String path = "/files/" + UUID.randomUUID();
		connector.server().stubFor(get(path).willReturn(aResponse().withBody(zip)));
		BotConversation chat = chatAs("Priya Shah");
		chat.installs();
		BotExchange preview = chat.sendsFile("WhatsApp Chat - Ports.zip", connector.serviceUrl() + path.substring(1));
		ObjectNode confirm = dataOf(preview.card(), PreviewCards.CONFIRM).put(PreviewCards.BUSINESS_AREA, "ports-policy")
				.put(PreviewCards.DECLARATION, PreviewCards.NO_DECLARATION);
		String transferId = confirm.path(PreviewCards.TRANSFER_ID).asText();

		chat.clicks(PreviewCards.CONFIRM, confirm).expectStatus(200);

		JsonNode receipt = await().atMost(Duration.ofSeconds(30)).until(() -> connector.sent().stream()
				.filter(sent -> sent.path("_path").asText().contains(chat.conversationId()))
				.filter(sent -> sent.toString().contains("Filed in the records library")).findFirst().orElse(null),
				found -> found != null);
		assertThat(receipt.toString()).contains(ChatWorkspace.sha256(writeTemp(zip))).contains("transcript");
		// The worker's transaction commits FILED when it returns, just after the receipt goes out.
		await().atMost(Duration.ofSeconds(30)).until(() -> transfers.find(transferId).map(TransferJob::status)
				.orElse(null) == TransferStatus.FILED);
		assertThat(transfers.find(transferId).orElseThrow().jobFolder()).doesNotExist();

		// Other tests file into the same records folder: find this record by its original's name.
		Path folder = find("WhatsApp Chat - Ports.zip").getParent();
		Path manifestFile = folder.resolve("manifest.json");
		JsonNode manifest = JSON.readTree(manifestFile.toFile());
		List<String> names = manifest.findValuesAsText("name");
		assertThat(names).contains("WhatsApp Chat - Ports.zip", "conversation.json", "transcript.pdf",
				"00000017-PHOTO-2024-03-14-09-07-02.jpg");
		for (JsonNode file : manifest.path("files")) {
			Path filed = folder.resolve(file.path("name").asText());
			assertThat(filed).exists();
			assertThat(ChatWorkspace.sha256(filed)).as(file.path("name").asText()).isEqualTo(file.path("sha256").asText());
		}
		assertThat(Files.readAllBytes(folder.resolve("WhatsApp Chat - Ports.zip"))).isEqualTo(zip);
		try (PDDocument pdf = Loader.loadPDF(folder.resolve("transcript.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Can we confirm option B?").contains("Agreed, option B.");
		}
	}

	@Test
	void fileTakenAsItIsIsFiledWithAnEmptyConversationAndItsOriginalUntouched() throws Exception {
		byte[] zip = new ZipBuilder().add("photo.jpg", PHOTO).bytes();
		String path = "/files/" + UUID.randomUUID();
		connector.server().stubFor(get(path).willReturn(aResponse().withBody(zip)));
		BotConversation chat = chatAs("Ade Okafor");
		chat.installs();
		BotExchange offer = chat.sendsFile("site photos.zip", connector.serviceUrl() + path.substring(1));
		ObjectNode confirm = dataOf(offer.card(), PreviewCards.CONFIRM).put(PreviewCards.BUSINESS_AREA, "finance");
		String transferId = confirm.path(PreviewCards.TRANSFER_ID).asText();

		chat.clicks(PreviewCards.CONFIRM, confirm).expectStatus(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> transfers.find(transferId).map(TransferJob::status)
				.orElse(null) == TransferStatus.FILED);
		Path original = find("site photos.zip");
		assertThat(Files.readAllBytes(original)).isEqualTo(zip);
		JsonNode manifest = JSON.readTree(original.getParent().resolve("manifest.json").toFile());
		assertThat(manifest.findValuesAsText("name")).contains("site photos.zip", "conversation.json", "transcript.pdf");
	}

	private static Path find(String name) throws IOException {
		try (Stream<Path> files = Files.walk(DATA.resolve("records"))) {
			return files.filter(file -> file.getFileName().toString().equals(name)).findFirst()
					.orElseThrow(() -> new AssertionError("no " + name + " in the records folder"));
		}
	}

	private static Path writeTemp(byte[] bytes) throws IOException {
		Path file = Files.createTempFile("original", ".zip");
		Files.write(file, bytes);
		return file;
	}

	private static ObjectNode dataOf(JsonNode card, String verb) {
		for (JsonNode action : card.path("actions")) {
			if (verb.equals(action.path("verb").asText())) {
				return ((ObjectNode) action.path("data")).deepCopy();
			}
		}
		throw new AssertionError("no " + verb + " button on " + card);
	}
}
