package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.recordsassistant.nccc.transfer.intake.RejectionReason;
import org.recordsassistant.nccc.transfer.intake.ZipBuilder;
import org.recordsassistant.nccc.transfer.parse.ChatParseException;
import org.recordsassistant.nccc.transfer.parse.Parsing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

/** The File job through real HTTP: a file served by the fake connector, the preview card, confirm and cancel. */
@ExtendWith(OutputCaptureExtension.class)
class TransferEndToEndTests extends EndToEndTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path WORK_DIR = createWorkDir();
	private static final String IOS_CHAT = "[14/03/2024, 09:05:12] Priya Shah: Can we confirm option B?\n"
			+ "[14/03/2024, 09:06:40] Tom Reed: Agreed, option B.\nDraft note to follow.\n"
			+ "[14/03/2024, 09:07:02] Tom Reed: \u200E<attached: 00000017-PHOTO-2024-03-14-09-07-02.jpg>\n"
			+ "[14/03/2024, 09:07:30] Priya Shah: \u200E<attached: 00000018-Options paper.pdf>\n"
			+ "[14/03/2024, 09:08:00] Priya Shah: This message was deleted\n";
	private static final byte[] PHOTO = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 };

	@Autowired
	FilingEvents events;

	@Autowired
	TransferService transfers;

	@DynamicPropertySource
	static void transferSettings(DynamicPropertyRegistry registry) {
		registry.add("nccc.transfer.work-dir", WORK_DIR::toString);
		registry.add("nccc.transfer.max-download-size", () -> "256KB");
		registry.add("nccc.transfer.inline-wait", () -> "5s");
		// Intake only: filing is FilingEndToEndTests' job, and would remove job folders these tests count.
		registry.add("nccc.transfer.filing.enabled", () -> "false");
	}

	@BeforeEach
	void forgetEvents() {
		events.clear();
	}

	@Test
	void fileCommandExplainsHowToExportAndOffersANote() {
		JsonNode card = chatAs("Priya Shah").says("file").expectStatus(200).card();
		assertThat(card.toString()).contains("iPhone").contains("Android").contains("send the file to me here")
				.contains("Write a note instead").contains(FileCommandCard.NOTE);
	}

	@Test
	void publicTextSamplePreviewsParticipantsCountsAndWarnings() throws IOException {
		BotConversation chat = chatAs("Priya Shah");
		BotExchange exchange = chat.sendsFile("WhatsApp Chat with ShortChat.txt",
				serve(Files.readAllBytes(Parsing.sample("whatsapp-chat-parser__short-chat.txt")))).expectStatus(200);
		assertThat(exchange.texts()).first().isEqualTo(TransferTurnHandler.READING);
		String card = exchange.card().toString();
		assertThat(card).contains("Sample User").contains("TestBot").contains("+410123456789")
				.contains("\"value\":\"3 (and 2 system events)\"")
				.contains("dates were read as day first").contains("Messages dated earlier than the message before them: 1")
				.contains("Read dates month first").contains(PreviewCards.CONFIRM).contains(PreviewCards.CANCEL)
				.contains("No declaration yet").contains("Corporate services");
		TransferJob job = jobOf(exchange);
		assertThat(job.status()).isEqualTo(TransferStatus.PREVIEWED);
		assertThat(job.mode()).isEqualTo(TransferMode.WHATSAPP);
		assertThat(job.messageCount()).isEqualTo(3);
		assertThat(job.participantCount()).isEqualTo(3);
		assertThat(job.dateOrderAmbiguous()).isTrue();
		assertThat(job.jsonPath()).exists().hasFileName(TransferIntake.JSON_FILE);
		assertThat(job.originalPath()).exists().hasParent(job.jobFolder().resolve("original"));
		assertThat(job.sha256()).hasSize(64);
		assertThat(events.received()).isEmpty();
	}

	@Test
	void logsIdsAndCountsButNoNamesOrText(CapturedOutput output) throws IOException {
		BotConversation chat = chatAs("Priya Shah");
		byte[] zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes();
		BotExchange preview = chat.sendsFile("WhatsApp Chat with Quentin Secretname.zip", serve(zip));
		chat.clicks(PreviewCards.CONFIRM, confirmData(preview)).invokeCard();
		chat.clicks(PreviewCards.CONFIRM, JSON.createObjectNode().put(PreviewCards.TRANSFER_ID, "Robert'); DROP"))
				.invokeMessage();
		assertThat(output.getAll()).contains(jobOf(preview).id()).doesNotContain("Quentin").doesNotContain("Secretname")
				.doesNotContain("Priya").doesNotContain("Tom Reed").doesNotContain("option B").doesNotContain("DROP");
	}

	@Test
	void slowFileIsAnsweredOutsideTheTurn() throws Exception {
		BotConversation chat = chatAs("Kim Patel");
		chat.says("file");
		String path = "/files/" + UUID.randomUUID();
		connector.server().stubFor(get(path).willReturn(aResponse().withStatus(200)
				.withBody(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes()).withFixedDelay(6_500)));

		BotExchange exchange = chat.sendsFile("chat.zip", connector.serviceUrl() + path.substring(1)).expectStatus(200);

		assertThat(exchange.texts()).containsExactly(TransferTurnHandler.READING, TransferTurnHandler.STILL_READING);
		assertThat(exchange.cards()).isEmpty();
		JsonNode card = awaitCardContaining("Here's what I found", 15_000);
		assertThat(card.toString()).contains("Priya Shah, Tom Reed").contains(PreviewCards.CONFIRM);
	}

	@Test
	void switchingTheDateOrderReadsTheFileAgain() throws IOException {
		BotConversation chat = chatAs("Priya Shah");
		BotExchange preview = chat.sendsFile("chat.txt",
				serve(Files.readAllBytes(Parsing.sample("whatsapp-chat-parser__short-chat.txt"))));
		assertThat(preview.card().toString()).contains("6 Mar 2017");
		ObjectNode data = dataOf(preview.card(), PreviewCards.DATE_ORDER);
		JsonNode card = chat.clicks(PreviewCards.DATE_ORDER, data).expectStatus(200).invokeCard();
		assertThat(card.toString()).contains("3 Jun 2017").contains("Read dates day first");
		assertThat(jobOf(preview).dateOrder()).isEqualTo("MONTH_FIRST");
	}

	@Test
	void zipPreviewCountsIncludedAndMissingAttachments() throws IOException {
		byte[] zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).add("00000017-PHOTO-2024-03-14-09-07-02.jpg", PHOTO)
				.bytes();
		BotExchange exchange = chatAs("Tom Reed").sendsFile("WhatsApp Chat - Ports.zip", serve(zip)).expectStatus(200);
		String card = exchange.card().toString();
		assertThat(card).contains("WhatsApp export (iPhone)").contains("Priya Shah, Tom Reed")
				.contains("1 included, 1 referenced but missing")
				.contains("Attached files mentioned in the chat but not included in the upload: 1")
				.contains("\"value\":\"1 / 0\"").doesNotContain("Read dates");
		TransferJob job = jobOf(exchange);
		assertThat(job.attachmentsPresent()).isEqualTo(1);
		assertThat(job.attachmentsMissing()).isEqualTo(1);
		assertThat(job.sourceFormat()).isEqualTo("whatsapp-ios");
		assertThat(job.jobFolder().resolve("unpacked")).doesNotExist();
	}

	@Test
	void cancelLeavesNothingBehind() throws IOException {
		BotConversation chat = chatAs("Ade Okafor");
		BotExchange preview = chat.sendsFile("chat.zip", serve(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes()));
		TransferJob job = jobOf(preview);
		assertThat(job.jobFolder()).isDirectory();

		JsonNode card = chat.clicks(PreviewCards.CANCEL, dataOf(preview.card(), PreviewCards.CANCEL))
				.expectStatus(200).invokeCard();

		assertThat(card.toString()).contains("Cancelled").contains("Nothing was filed");
		assertThat(job.jobFolder()).doesNotExist();
		assertThat(transfers.find(job.id())).get().extracting(TransferJob::status).isEqualTo(TransferStatus.CANCELLED);
		assertThat(events.received()).isEmpty();
		assertThat(chat.clicks(PreviewCards.CONFIRM, confirmData(preview)).invokeMessage())
				.isEqualTo(TransferTurnHandler.ALREADY_CANCELLED);
		assertThat(events.received()).isEmpty();
	}

	@Test
	void confirmPublishesOneFilingRequestedEvenOnADoubleClick() throws IOException {
		BotConversation chat = chatAs("Sam Lee");
		BotExchange preview = chat.sendsFile("chat.zip", serve(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes()));
		ObjectNode data = confirmData(preview).put(PreviewCards.DECLARATION, PreviewCards.HAS_REFERENCE)
				.put(PreviewCards.DECLARATION_REFERENCE, "nccc-2026-000123");

		JsonNode card = chat.clicks(PreviewCards.CONFIRM, data).expectStatus(200).invokeCard();
		String second = chat.clicks(PreviewCards.CONFIRM, data).expectStatus(200).invokeMessage();

		assertThat(card.toString()).contains("Confirmed — I'm filing it now").contains("NCCC-2026-000123")
				.contains("Ports policy");
		assertThat(second).isEqualTo(TransferTurnHandler.ALREADY_CONFIRMED);
		String id = jobOf(preview).id();
		assertThat(events.received()).containsExactly(new FilingRequested(id));
		TransferJob job = transfers.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(TransferStatus.CONFIRMED);
		assertThat(job.declarationReference()).isEqualTo("NCCC-2026-000123");
		assertThat(job.businessArea()).isEqualTo("ports-policy");
		assertThat(job.jobFolder()).isDirectory();
	}

	@Test
	void confirmBySomeoneElseIsRefused() throws IOException {
		BotExchange preview = chatAs("Sam Lee").sendsFile("chat.zip",
				serve(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes()));
		BotConversation other = chatAs("Mallory Jones");
		assertThat(other.clicks(PreviewCards.CONFIRM, confirmData(preview)).invokeMessage())
				.isEqualTo(TransferTurnHandler.NOT_YOURS);
		assertThat(other.clicks(PreviewCards.CANCEL, confirmData(preview)).invokeMessage())
				.isEqualTo(TransferTurnHandler.NOT_YOURS);
		assertThat(events.received()).isEmpty();
		assertThat(jobOf(preview).status()).isEqualTo(TransferStatus.PREVIEWED);
		assertThat(jobOf(preview).jobFolder()).isDirectory();
	}

	@Test
	void confirmChecksTheDeclarationReferenceAndBusinessArea() throws IOException {
		BotConversation chat = chatAs("Sam Lee");
		BotExchange preview = chat.sendsFile("chat.zip", serve(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes()));
		assertThat(chat.clicks(PreviewCards.CONFIRM, confirmData(preview)
				.put(PreviewCards.DECLARATION_REFERENCE, "NCCC-26-1")).invokeMessage())
				.isEqualTo(TransferTurnHandler.BAD_REFERENCE);
		assertThat(chat.clicks(PreviewCards.CONFIRM, confirmData(preview)
				.put(PreviewCards.DECLARATION, PreviewCards.HAS_REFERENCE)).invokeMessage())
				.isEqualTo(TransferTurnHandler.MISSING_REFERENCE);
		assertThat(chat.clicks(PreviewCards.CONFIRM, confirmData(preview).put(PreviewCards.BUSINESS_AREA, "nowhere"))
				.invokeMessage()).isEqualTo(TransferTurnHandler.MISSING_AREA);
		assertThat(events.received()).isEmpty();
		assertThat(jobOf(preview).status()).isEqualTo(TransferStatus.PREVIEWED);
	}

	@Test
	void unknownTransferGetsAFriendlyMessage() {
		ObjectNode data = JSON.createObjectNode().put(PreviewCards.TRANSFER_ID, UUID.randomUUID().toString())
				.put(PreviewCards.BUSINESS_AREA, "ports-policy");
		BotConversation chat = chatAs("Sam Lee");
		assertThat(chat.clicks(PreviewCards.CONFIRM, data).invokeMessage())
				.isEqualTo(TransferTurnHandler.UNKNOWN_TRANSFER);
		assertThat(chat.clicks(PreviewCards.CANCEL, data).invokeMessage())
				.isEqualTo(TransferTurnHandler.UNKNOWN_TRANSFER);
	}

	@Test
	void submittedCardsWorkLikeExecutedOnes() throws IOException {
		BotConversation chat = chatAs("Jo Bloggs");
		BotExchange preview = chat.sendsFile("chat.zip", serve(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes()));
		BotExchange submitted = chat.submits(confirmData(preview).put("verb", PreviewCards.CONFIRM)).expectStatus(200);
		assertThat(submitted.cards()).anySatisfy(card -> assertThat(card.toString()).contains("Confirmed"));
		assertThat(events.received()).hasSize(1);
	}

	// --- OtherChannels ---
	@Test
	void emailPreviewsAndExtractsItsAttachment() {
		BotConversation chat = chatAs("Priya Shah");
		BotExchange exchange = chat.sendsFile("Re options.eml", serve(EmlConverterTests.emailWithAttachment()))
				.expectStatus(200);
		String card = exchange.card().toString();
		assertThat(card).contains("Email").contains("Tom Reed").contains("1 included").contains("14 Mar 2024, 09:05");
		TransferJob job = jobOf(exchange);
		assertThat(job.mode()).isEqualTo(TransferMode.EMAIL);
		assertThat(job.sourceFormat()).isEqualTo("email");
		assertThat(job.jobFolder().resolve("attachments").resolve("options paper.pdf")).exists();
	}

	@Test
	void noteOfSubstanceBecomesARecordToConfirm() throws IOException {
		BotConversation chat = chatAs("Priya Shah");
		ObjectNode note = JSON.createObjectNode().put(NoteOfSubstance.WHO, "Tom Reed (No 10), me")
				.put(NoteOfSubstance.DATE, "2024-03-14").put(NoteOfSubstance.CHANNEL, "signal")
				.put(NoteOfSubstance.DECIDED, "Option B agreed").put(NoteOfSubstance.WHY, "Cheaper");
		JsonNode card = chat.clicks(FileCommandCard.NOTE, note).expectStatus(200).invokeCard();
		assertThat(card.toString()).contains("Note of substance").contains("Priya Shah")
				.contains("14 Mar 2024, 00:00");
		String id = card.path("actions").get(0).path("data").path(PreviewCards.TRANSFER_ID).asText();
		TransferJob job = transfers.find(id).orElseThrow();
		assertThat(job.mode()).isEqualTo(TransferMode.NOTE);
		assertThat(Files.readString(job.originalPath())).contains("Option B agreed").contains("Signal");
		assertThat(Files.readString(job.jsonPath())).contains("\"kind\":\"NOTE\"").contains("\"format\":\"note\"");

		ObjectNode confirm = JSON.createObjectNode().put(PreviewCards.TRANSFER_ID, id)
				.put(PreviewCards.BUSINESS_AREA, "ports-policy");
		chat.clicks(PreviewCards.CONFIRM, confirm).invokeCard();
		assertThat(events.received()).containsExactly(new FilingRequested(id));
	}

	@Test
	void incompleteNoteIsExplained() {
		ObjectNode note = JSON.createObjectNode().put(NoteOfSubstance.DATE, "2999-01-01");
		String message = chatAs("Priya Shah").clicks(FileCommandCard.NOTE, note).invokeMessage();
		assertThat(message).contains("Say who was involved").contains("Say what was decided")
				.contains("The date is in the future");
	}

	// --- BadInput ---
	@Test
	void zipBomb() throws IOException {
		byte[] bomb = new ZipBuilder().add("_chat.txt", IOS_CHAT).addZeros("bomb.bin", 8L * 1024 * 1024).bytes();
		assertRejected("bomb.zip", bomb, RejectionReason.ZIP_BOMB.userMessage());
	}

	@Test
	void pathTraversalEntry() throws IOException {
		byte[] zip = new ZipBuilder().add("_chat.txt", IOS_CHAT).add("../../evil.sh", "echo").bytes();
		assertRejected("evil.zip", zip, RejectionReason.UNSAFE_PATH.userMessage());
	}

	@Test
	void encryptedZip() throws IOException {
		byte[] zip = ZipBuilder.markEncrypted(new ZipBuilder().add("_chat.txt", IOS_CHAT).bytes());
		assertRejected("locked.zip", zip, RejectionReason.ENCRYPTED.userMessage());
	}

	@Test
	void truncatedZip() throws IOException {
		byte[] zip = new ZipBuilder().add("_chat.txt", IOS_CHAT.repeat(50)).add("photo.jpg", PHOTO).bytes();
		assertRejected("half.zip", Arrays.copyOf(zip, zip.length / 2), RejectionReason.CORRUPT_ARCHIVE.userMessage());
	}

	@Test
	void emptyFile() {
		assertRejected("chat.txt", new byte[0], DownloadRejectedException.Reason.EMPTY.userMessage());
	}

	@Test
	void binaryFileNamedTxt() {
		byte[] binary = new byte[256];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) i;
		}
		assertRejected("chat.txt", binary, RejectionReason.NOT_TEXT.userMessage());
	}

	@Test
	void invalidUtf8() {
		byte[] text = "14/03/2024, 09:05 - Tom: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertRejected("chat.txt", text, ChatParseException.Problem.INVALID_ENCODING.userMessage());
	}

	@Test
	void oversizeDownload() {
		assertRejected("big.txt", new byte[300 * 1024], DownloadRejectedException.Reason.TOO_LARGE.userMessage());
	}

	@Test
	void linkThatCannotBeFetched() {
		int before = jobFolders().size();
		chatAs("Ade Okafor").sendsFile("chat.txt", connector.serviceUrl() + "files/gone").expectStatus(200)
				.expectTextContaining(DownloadRejectedException.Reason.UNAVAILABLE.userMessage());
		assertThat(jobFolders()).hasSize(before);
	}

	@Test
	void utf16WithByteOrderMarkPreviews() {
		byte[] bom = { (byte) 0xFF, (byte) 0xFE };
		byte[] text = "14/03/2024, 09:05 - Tom Reed: Agreed\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] file = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, file, 0, 2);
		System.arraycopy(text, 0, file, 2, text.length);
		BotExchange exchange = chatAs("Ade Okafor").sendsFile("chat.txt", serve(file)).expectStatus(200);
		assertThat(exchange.card().toString()).contains("Here's what I found").contains("Tom Reed");
	}

	@Test
	void zipWithoutAChatCanBeFiledAsItIs() throws IOException {
		BotConversation chat = chatAs("Ade Okafor");
		byte[] zip = new ZipBuilder().add("photo.jpg", PHOTO).bytes();
		BotExchange exchange = chat.sendsFile("photos.zip", serve(zip)).expectStatus(200);
		JsonNode card = exchange.card();
		assertThat(card.toString()).contains(RejectionReason.NO_CHAT_TEXT.userMessage().substring(0, 30))
				.contains("File it as it is");
		ObjectNode data = dataOf(card, PreviewCards.CONFIRM);
		assertThat(data.path(PreviewCards.MODE).asText()).isEqualTo(PreviewCards.AS_IS);
		TransferJob job = jobOf(exchange);
		assertThat(job.mode()).isEqualTo(TransferMode.AS_IS);
		assertThat(job.jsonPath()).isNull();
		chat.clicks(PreviewCards.CONFIRM, data.put(PreviewCards.BUSINESS_AREA, "finance")).invokeCard();
		assertThat(events.received()).containsExactly(new FilingRequested(job.id()));
	}

	@Test
	void unknownFormatCanBeFiledAsItIs() {
		BotExchange exchange = chatAs("Ade Okafor").sendsFile("screenshot.png", serve(PHOTO)).expectStatus(200);
		assertThat(exchange.card().toString()).contains("I can't read .png files as a conversation")
				.contains("File it as it is");
	}

	@Test
	void textThatIsNotAChatCanBeFiledAsItIs() {
		byte[] text = "Minutes of the meeting\nNo timestamps here\n".getBytes(StandardCharsets.UTF_8);
		BotExchange exchange = chatAs("Ade Okafor").sendsFile("minutes.txt", serve(text)).expectStatus(200);
		assertThat(exchange.card().toString()).contains("No WhatsApp messages were found")
				.contains("File it as it is");
	}

	private void assertRejected(String name, byte[] bytes, String message) {
		int before = jobFolders().size();
		BotExchange exchange = chatAs("Ade Okafor").sendsFile(name, serve(bytes)).expectStatus(200);
		assertThat(exchange.texts()).containsExactly(TransferTurnHandler.READING, message);
		assertThat(exchange.cards()).isEmpty();
		assertThat(jobFolders()).as("job folders left behind").hasSize(before);
		assertThat(events.received()).isEmpty();
	}

	private static JsonNode awaitCardContaining(String text, long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < deadline) {
			for (JsonNode sent : connector.sent()) {
				for (JsonNode attachment : sent.path("attachments")) {
					if (attachment.path("content").toString().contains(text)) {
						return attachment.path("content");
					}
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no card containing '" + text + "' within " + timeoutMillis + " ms");
	}

	/** Serves {@code bytes} from the fake connector's server and returns the download link. */
	private static String serve(byte[] bytes) {
		String path = "/files/" + UUID.randomUUID();
		connector.server().stubFor(get(path).willReturn(aResponse().withStatus(200).withBody(bytes)));
		return connector.serviceUrl() + path.substring(1);
	}

	private TransferJob jobOf(BotExchange exchange) {
		String id = dataOf(exchange.card(), PreviewCards.CANCEL).path(PreviewCards.TRANSFER_ID).asText();
		return transfers.find(id).orElseThrow();
	}

	private static ObjectNode confirmData(BotExchange preview) {
		return dataOf(preview.card(), PreviewCards.CONFIRM).put(PreviewCards.BUSINESS_AREA, "ports-policy")
				.put(PreviewCards.DECLARATION, PreviewCards.NO_DECLARATION);
	}

	private static ObjectNode dataOf(JsonNode card, String verb) {
		for (JsonNode action : card.path("actions")) {
			if (verb.equals(action.path("verb").asText())) {
				return ((ObjectNode) action.path("data")).deepCopy();
			}
		}
		throw new AssertionError("no " + verb + " button on " + card);
	}

	private static List<Path> jobFolders() {
		if (!Files.isDirectory(WORK_DIR)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(WORK_DIR)) {
			return new ArrayList<>(folders.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path createWorkDir() {
		try {
			return Files.createTempDirectory("nccc-transfer-e2e");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Records each {@link FilingRequested} once its transaction commits, as the filing worker would see it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FilingEvents {
		private final List<FilingRequested> received = new CopyOnWriteArrayList<>();

		@TransactionalEventListener
		public void on(FilingRequested event) {
			received.add(event);
		}

		public List<FilingRequested> received() {
			return List.copyOf(received);
		}

		public void clear() {
			received.clear();
		}
	}
}
