package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordsassistant.graphconnector.LocalFolderRecordsLibraryBuilder;
import org.recordsassistant.graphconnector.RecordsLibrary;
import org.recordsassistant.graphconnector.RecordsLibraryException;
import org.recordsassistant.graphconnector.UploadProgressListener;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.recordsassistant.graphconnector.models.VerificationResult;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.declaration.DeclarationStatus;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.recordsassistant.nccc.transfer.TransferJob;
import org.recordsassistant.nccc.transfer.TransferService;
import org.recordsassistant.nccc.transfer.TransferStatus;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Outcome;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Row;
import org.recordsassistant.nccc.transfer.intake.ZipBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The filing worker through {@code /api/messages}: the declaration it files against, retries with an operator
 * alert after repeated failures, problems the user can fix, and progress messages for a large upload. The records
 * library is the local folder, behind a switch that makes it fail like an unreachable SharePoint.
 */
@ExtendWith(OutputCaptureExtension.class)
class FilingWorkerEndToEndTests extends EndToEndTest {
	private static final Path RECORDS = DATA.resolve("records-worker");
	private static final String OPERATOR = "Olu Operator";
	private static final String UNREACHABLE_OPERATOR = "Never Installed";
	private static final int ALERT_AFTER = 3;
	private static final long PROGRESS_ABOVE = 512 * 1024;
	private static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	TransferService transfers;
	@Autowired
	DeclarationService declarations;
	@Autowired
	FilingSteps steps;
	@Autowired
	FlakyLibrary library;

	@DynamicPropertySource
	static void filingSettings(DynamicPropertyRegistry registry) {
		// Its own database: the fast resubmission here must not pick up other tests' publications.
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:filing-worker;DB_CLOSE_DELAY=-1");
		registry.add("nccc.transfer.work-dir", () -> DATA.resolve("work-worker").toString());
		registry.add("nccc.events.resubmit-every", () -> "PT0.3S");
		registry.add("nccc.events.resubmit-older-than", () -> "PT0S");
		registry.add("nccc.transfer.filing.retry-backoff", () -> "PT0S");
		registry.add("nccc.transfer.filing.alert-after", () -> ALERT_AFTER);
		registry.add("nccc.transfer.filing.operators",
				() -> aadObjectIdOf(OPERATOR) + ", " + aadObjectIdOf(UNREACHABLE_OPERATOR));
		registry.add("nccc.transfer.filing.progress-above", () -> PROGRESS_ABOVE + "B");
		registry.add("nccc.transfer.filing.progress-every", () -> 25);
		registry.add("nccc.transfer.filing.progress-interval", () -> "0s");
	}

	@Test
	void filesAgainstTheChosenDeclarationAndMarksItTransferred() {
		BotConversation chat = chatAs("Dee Clarant");
		chat.installs();
		String reference = FilingScript.declare(chat);

		String transferId = FilingScript.confirm(chat, FilingScript.send(chat, connector, "WhatsApp Chat - Berths.zip",
				FilingScript.whatsAppZip()), reference);

		awaitStatus(transferId, TransferStatus.FILED);
		assertThat(declarations.summary(reference)).get().satisfies(declaration -> {
			assertThat(declaration.transferId()).isEqualTo(transferId);
			assertThat(declaration.status()).isEqualTo(DeclarationStatus.TRANSFERRED);
		});
		assertThat(library.findByTransferId(transferId)).get()
				.satisfies(record -> assertThat(record.folderPath()).contains(reference));
	}

	@Test
	void alertsOperatorsAndTellsTheUserOnceAfterRepeatedFailuresThenFilesWhenTheLibraryRecovers(
			CapturedOutput output) {
		BotConversation operator = chatAs(OPERATOR);
		operator.installs();
		BotConversation chat = chatAs("Rita Retry");
		chat.installs();
		library.failNext(ALERT_AFTER + 2);

		String transferId = FilingScript.confirm(chat, FilingScript.send(chat, connector, "WhatsApp Chat - Retry.zip",
				FilingScript.whatsAppZip()), null);

		awaitStatus(transferId, TransferStatus.FILED);
		await().atMost(WAIT).until(() -> FilingScript.receiptsTo(connector, chat) == 1);
		List<String> alerts = FilingScript.textsTo(connector, operator).stream().filter(t -> t.contains(transferId))
				.toList();
		assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert)
				.contains("has failed " + ALERT_AFTER + " times").contains("RecordsLibraryException HTTP 503"));
		assertThat(FilingScript.textsTo(connector, chat)).filteredOn(FilingNotices.DELAYED::equals).hasSize(1);
		List<Row> attempts = steps.history(transferId).rows().stream().filter(r -> r.step() == FilingStep.ATTEMPT)
				.toList();
		assertThat(attempts).extracting(Row::outcome).containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED,
				Outcome.FAILED, Outcome.FAILED, Outcome.DONE);
		assertThat(attempts.get(0).detail()).isEqualTo("RecordsLibraryException HTTP 503");
		assertThat(output).contains("Filing of transfer " + transferId + " has failed " + ALERT_AFTER + " attempts")
				.contains("could not reach operator " + aadObjectIdOf(UNREACHABLE_OPERATOR))
				.doesNotContain("has failed " + (ALERT_AFTER + 1) + " attempts");
	}

	@Test
	void aDeclarationThatDoesNotExistIsNotFiledAndTheUserIsToldToCorrectIt() {
		BotConversation chat = chatAs("Una Known");
		chat.installs();

		String transferId = FilingScript.confirm(chat, FilingScript.send(chat, connector, "WhatsApp Chat - Typo.zip",
				FilingScript.whatsAppZip()), "NCCC-2020-999999");

		assertStoppedWithoutRecord(transferId, chat, FilingProblem.DECLARATION_UNKNOWN);
		assertThat(FilingScript.textsTo(connector, chat)).anySatisfy(text -> assertThat(text)
				.contains("there is no declaration NCCC-2020-999999"));
	}

	@Test
	void aWithdrawnDeclarationIsNotFiledAgainst() {
		BotConversation chat = chatAs("Will Drawn");
		chat.installs();
		String reference = FilingScript.declare(chat);
		ObjectNode withdraw = JsonNodeFactory.instance.objectNode().put("reference", reference).put("confirmed", true)
				.put("withdrawReason", "Declared twice by mistake");
		chat.clicks("declaration.withdraw", withdraw).expectStatus(200);

		String transferId = FilingScript.confirm(chat, FilingScript.send(chat, connector, "WhatsApp Chat - Late.zip",
				FilingScript.whatsAppZip()), reference);

		assertStoppedWithoutRecord(transferId, chat, FilingProblem.DECLARATION_WITHDRAWN);
		assertThat(declarations.summary(reference).orElseThrow().transferId()).isNull();
	}

	@Test
	void anUploadWhoseKeptCopyIsGoneIsNotFiledAndTheUserIsAskedToSendItAgain() throws IOException {
		BotConversation chat = chatAs("Gail Gone");
		chat.installs();
		ObjectNode confirm = FilingScript.send(chat, connector, "WhatsApp Chat - Gone.zip", FilingScript.whatsAppZip());
		TransferJob previewed = transfers.find(confirm.path("transferId").asText()).orElseThrow();
		Files.delete(previewed.originalPath());

		String transferId = FilingScript.confirm(chat, confirm, null);

		assertStoppedWithoutRecord(transferId, chat, FilingProblem.ORIGINAL_MISSING);
	}

	@Test
	void aNameConflictTheLibraryCannotResolveIsNotRetriedAndTheUserIsToldToRename() throws IOException {
		BotConversation chat = chatAs("Nate Names");
		chat.installs();
		ObjectNode confirm = FilingScript.send(chat, connector, "site photos.zip",
				new ZipBuilder().add("photo.jpg", FilingScript.PHOTO).bytes());
		String transferId = confirm.path("transferId").asText();
		String shortId = transferId.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
		Path folder = Files.createDirectories(RECORDS.resolve(Year.now(ZoneOffset.UTC) + "/NCCC-T-" + shortId
				+ " site photos"));
		Files.writeString(folder.resolve("site photos.zip"), "someone else's file");
		for (int n = 2; n <= 50; n++) {
			Files.writeString(folder.resolve("site photos (" + n + ").zip"), "someone else's file " + n);
		}

		FilingScript.confirm(chat, confirm, null);

		awaitStatus(transferId, TransferStatus.FAILED);
		assertThat(transfers.find(transferId).orElseThrow().failureReason())
				.isEqualTo(FilingProblem.NAME_CONFLICT.name());
		await().atMost(WAIT).until(() -> FilingScript.textsTo(connector, chat).contains(
				FilingProblem.NAME_CONFLICT.message(null)));
		assertThat(steps.history(transferId).attempts()).isEqualTo(1);
	}

	@Test
	void aLargeUploadGetsAStartMessageAFewProgressMessagesAndThenTheReceipt() {
		BotConversation chat = chatAs("Lara Large");
		chat.installs();
		byte[] recording = new byte[(int) (2 * PROGRESS_ABOVE)];
		new Random(7).nextBytes(recording);

		String transferId = FilingScript.confirm(chat, FilingScript.send(chat, connector, "voice note.m4a", recording),
				null);

		awaitStatus(transferId, TransferStatus.FILED);
		await().atMost(WAIT).until(() -> FilingScript.receiptsTo(connector, chat) == 1);
		List<JsonNode> sent = FilingScript.sentTo(connector, chat);
		int started = indexOf(sent, "MB in the records library now; this can take a few minutes");
		List<Integer> progress = sent.stream().filter(s -> s.path("text").asText().startsWith("Still filing"))
				.map(s -> Integer.parseInt(s.path("text").asText().replaceAll("\\D*(\\d+)%.*", "$1"))).toList();
		int receipt = indexOf(sent, FilingScript.RECEIPT);
		assertThat(started).isNotNegative().isLessThan(receipt);
		assertThat(progress).as("progress messages").hasSizeBetween(1, 3).isSorted().doesNotHaveDuplicates()
				.allSatisfy(percent -> assertThat(percent).isBetween(25, 99));
		assertThat(indexOf(sent, "Still filing")).isGreaterThan(started).isLessThan(receipt);
		assertThat(steps.history(transferId).done(FilingStep.USER_TOLD_STARTED)).isTrue();
	}

	@Test
	void aSmallUploadGetsNoProgressMessages() {
		BotConversation chat = chatAs("Sam Small");
		chat.installs();

		String transferId = FilingScript.confirm(chat, FilingScript.send(chat, connector, "WhatsApp Chat - Small.zip",
				FilingScript.whatsAppZip()), null);

		awaitStatus(transferId, TransferStatus.FILED);
		await().atMost(WAIT).until(() -> FilingScript.receiptsTo(connector, chat) == 1);
		assertThat(FilingScript.textsTo(connector, chat)).noneMatch(text -> text.startsWith("Filing ")
				|| text.startsWith("Still filing"));
	}

	private void assertStoppedWithoutRecord(String transferId, BotConversation chat, FilingProblem problem) {
		awaitStatus(transferId, TransferStatus.FAILED);
		TransferJob job = transfers.find(transferId).orElseThrow();
		assertThat(job.failureReason()).isEqualTo(problem.name());
		assertThat(job.jobFolder()).doesNotExist();
		assertThat(library.findByTransferId(transferId)).isEmpty();
		await().atMost(WAIT).until(() -> FilingScript.textsTo(connector, chat).stream()
				.anyMatch(text -> text.equals(problem.message(job.declarationReference()))));
		assertThat(steps.history(transferId).attempts()).as("not retried").isEqualTo(1);
		assertThat(FilingScript.receiptsTo(connector, chat)).isZero();
	}

	private void awaitStatus(String transferId, TransferStatus status) {
		await().atMost(WAIT).until(() -> transfers.find(transferId).map(TransferJob::status).orElse(null) == status);
	}

	private static int indexOf(List<JsonNode> sent, String text) {
		for (int i = 0; i < sent.size(); i++) {
			if (sent.get(i).toString().contains(text)) {
				return i;
			}
		}
		return -1;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingLibrary {
		@Bean
		@Primary
		FlakyLibrary flakyLibrary() {
			return new FlakyLibrary(new LocalFolderRecordsLibraryBuilder().root(RECORDS).buildClient());
		}
	}

	/** The local folder, failing the next few filings as SharePoint does when it is unavailable (HTTP 503). */
	static final class FlakyLibrary implements RecordsLibrary {
		private final RecordsLibrary folder;
		private final AtomicInteger failures = new AtomicInteger();

		FlakyLibrary(RecordsLibrary folder) {
			this.folder = folder;
		}

		void failNext(int times) {
			failures.set(times);
		}

		@Override
		public FiledRecord file(RecordPackage recordPackage, UploadProgressListener progress) {
			if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				throw new RecordsLibraryException("the records library is unavailable", 503, "request-1", null);
			}
			return folder.file(recordPackage, progress);
		}

		@Override
		public VerificationResult verify(FiledRecord record) {
			return folder.verify(record);
		}

		@Override
		public Optional<FiledRecord> findByTransferId(String transferId) {
			return folder.findByTransferId(transferId);
		}
	}
}
