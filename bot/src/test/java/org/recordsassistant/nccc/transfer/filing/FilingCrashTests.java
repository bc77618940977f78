package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.graphconnector.RecordsLibrary;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.nccc.NcccBotApplication;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.declaration.DeclarationStatus;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.FakeBotConnector;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.transfer.RecordFiled;
import org.recordsassistant.nccc.transfer.TransferJob;
import org.recordsassistant.nccc.transfer.TransferService;
import org.recordsassistant.nccc.transfer.TransferStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the filing worker at each step and restarts the app: the record must end up complete exactly once and
 * verified. The crash is an {@link Error} thrown from the {@link FilingCheckpoint}, after the step's work and
 * inside the transaction that would record it, so nothing of the step commits (the upload case throws from the
 * library's progress callback, half way through the package). The app is then closed, as if the process died,
 * and a fresh one is started on the same database, work folder and records folder, where the event registry
 * resubmits the unfinished publication. Runs on a file-based H2, or on PostgreSQL when
 * {@value TestDatabases#POSTGRES_URL} is set.
 */
class FilingCrashTests {
	private static final FakeBotConnector connector = new FakeBotConnector();
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Set<String> CRASHED = ConcurrentHashMap.newKeySet();
	private static final Map<String, AtomicInteger> RECORD_FILED = new ConcurrentHashMap<>();
	private static final String CRASH_AT = "test.crash-at";

	/** Where the worker is killed: after each step's work, or half way through filing the package. */
	enum Crash {
		PACKAGED, MID_UPLOAD, UPLOADED, VERIFIED, MARKED_FILED, RECEIPT_SENT, CLEANED
	}

	@TempDir
	Path data;

	@AfterAll
	static void stopConnector() {
		connector.close();
	}

	@ParameterizedTest
	@EnumSource(Crash.class)
	void restartAfterACrashCompletesTheRecordExactlyOnceAndVerified(Crash crash) throws IOException {
		List<String> database = database();
		BotConversation chat;
		String reference;
		String transferId;
		try (ConfigurableApplicationContext first = start(database, CRASH_AT + "=" + crash)) {
			chat = BotConversation.as(port(first), connector, "Crash " + crash + " " + UUID.randomUUID());
			chat.installs();
			reference = FilingScript.declare(chat);
			transferId = FilingScript.confirm(chat, FilingScript.send(chat, connector, "WhatsApp Chat - Ports.zip",
					FilingScript.whatsAppZip()), reference);
			await().atMost(Duration.ofSeconds(60)).until(() -> CRASHED.contains(transferId));
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			// The registry has seen the listener fail, so nothing is left running when the app is closed.
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication "
					+ "WHERE serialized_event LIKE ? AND status = 'FAILED'").param("%" + transferId + "%")
					.query(Integer.class).single() == 1);
			TransferService transfers = first.getBean(TransferService.class);
			boolean markedBeforeCrash = crash.ordinal() > Crash.MARKED_FILED.ordinal();
			assertThat(transfers.find(transferId).orElseThrow().status())
					.isEqualTo(markedBeforeCrash ? TransferStatus.FILED : TransferStatus.CONFIRMED);
		}

		try (ConfigurableApplicationContext second = start(database, "nccc.events.resubmit-every=PT0.5S",
				"nccc.events.resubmit-older-than=PT0S", "nccc.transfer.filing.stale-after=PT1S",
				"nccc.transfer.filing.retry-backoff=PT0S")) {
			TransferService transfers = second.getBean(TransferService.class);
			FilingSteps steps = second.getBean(FilingSteps.class);
			await().atMost(Duration.ofSeconds(60)).until(() -> steps.history(transferId).done(FilingStep.CLEANED));

			TransferJob job = transfers.find(transferId).orElseThrow();
			assertThat(job.status()).isEqualTo(TransferStatus.FILED);
			assertThat(job.jobFolder()).doesNotExist();
			RecordsLibrary library = second.getBean(RecordsLibrary.class);
			FiledRecord record = library.findByTransferId(transferId).orElseThrow();
			assertThat(library.verify(record).passed()).isTrue();
			assertThat(record.files()).extracting(file -> file.name()).containsExactlyInAnyOrder(
					"WhatsApp Chat - Ports.zip", "conversation.json", "transcript.pdf",
					"00000017-PHOTO-2024-03-14-09-07-02.jpg", "manifest.json");
			assertThat(recordFoldersOf(transferId)).as("record folders for the transfer").hasSize(1);
			assertThat(filesIn(recordFoldersOf(transferId).get(0))).as("nothing half-written is left")
					.allSatisfy(name -> assertThat(name).doesNotEndWith(".part"))
					.hasSize(record.files().size() + 1);

			DeclarationSummary declaration = second.getBean(DeclarationService.class).summary(reference).orElseThrow();
			assertThat(declaration.transferId()).isEqualTo(transferId);
			assertThat(declaration.status()).isEqualTo(DeclarationStatus.TRANSFERRED);
			assertThat(RECORD_FILED.get(transferId)).as("RecordFiled delivered").hasValue(1);
			// The registry keeps one publication per listener (IAO notices listen too): once each, never twice.
			assertThat(new JdbcTemplate(second.getBean(javax.sql.DataSource.class)).queryForList(
					"SELECT COUNT(*) FROM event_publication WHERE event_type = ? AND serialized_event LIKE ? "
							+ "GROUP BY listener_id", Integer.class, RecordFiled.class.getName(), "%" + transferId + "%"))
					.as("RecordFiled publications per listener").isNotEmpty().containsOnly(1);
			// The receipt goes out before it can be recorded: a crash in between is the one case that sends it twice.
			await().atMost(Duration.ofSeconds(10))
					.until(() -> FilingScript.receiptsTo(connector, chat) >= 1);
			assertThat(FilingScript.receiptsTo(connector, chat)).isEqualTo(crash == Crash.RECEIPT_SENT ? 2 : 1);
			assertThat(steps.history(transferId).attempts()).isEqualTo(2);
		}
	}

	private ConfigurableApplicationContext start(List<String> database, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--logging.level.org.springframework=WARN",
				"--nccc.teams.connector.base-backoff=5ms", "--nccc.transfer.work-dir=" + data.resolve("work"),
				"--nccc.records.local-root=" + data.resolve("records"),
				"--nccc.records.mail-folder=" + data.resolve("mail")));
		database.forEach(setting -> args.add("--" + setting));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		return new SpringApplicationBuilder(NcccBotApplication.class, CrashHarness.class)
				.run(args.toArray(String[]::new));
	}

	/** A file-based H2 in the test's folder, or a new schema on the PostgreSQL server under test. */
	private List<String> database() {
		String url = System.getenv(TestDatabases.POSTGRES_URL);
		if (url == null || url.isBlank()) {
			return List.of("spring.datasource.url=jdbc:h2:file:" + data.resolve("db/nccc")
					+ ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
		}
		String user = System.getenv().getOrDefault(TestDatabases.POSTGRES_USER, "postgres");
		String password = System.getenv().getOrDefault(TestDatabases.POSTGRES_PASSWORD, "");
		String schema = "crash_" + UUID.randomUUID().toString().replace("-", "");
		try (var admin = new com.zaxxer.hikari.HikariDataSource()) {
			admin.setJdbcUrl(url);
			admin.setUsername(user);
			admin.setPassword(password);
			new JdbcTemplate(admin).execute("CREATE SCHEMA " + schema);
		}
		return List.of("spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				"spring.datasource.username=" + user, "spring.datasource.password=" + password,
				"spring.flyway.schemas=" + schema);
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** Every record folder whose sidecar names the transfer. */
	private List<Path> recordFoldersOf(String transferId) throws IOException {
		try (Stream<Path> files = Files.walk(data.resolve("records"))) {
			List<Path> folders = new ArrayList<>();
			for (Path sidecar : files.filter(p -> p.getFileName().toString().equals("record.json")).toList()) {
				JsonNode node = JSON.readTree(sidecar.toFile());
				if (transferId.equals(node.path("transferId").asText())) {
					folders.add(sidecar.getParent());
				}
			}
			return folders;
		}
	}

	private static List<String> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

	/** Stands for the process dying: nothing catches an Error on the way out of the listener. */
	static final class SimulatedCrash extends Error {
		private static final long serialVersionUID = 1L;

		SimulatedCrash(String where) {
			super("simulated crash at " + where);
		}
	}

	/** Beans for both apps; the checkpoint kills only where {@value #CRASH_AT} says, once per transfer. */
	static class CrashHarness {
		@Bean
		FilingCheckpoint crashingCheckpoint(Environment environment) {
			String at = environment.getProperty(CRASH_AT, "");
			return new FilingCheckpoint() {
				@Override
				public void afterWork(String transferId, FilingStep step) {
					if (step.name().equals(at)) {
						crash(transferId, at);
					}
				}

				@Override
				public void uploading(String transferId, int fileIndex, long bytesSent) {
					if (Crash.MID_UPLOAD.name().equals(at) && fileIndex >= 1) {
						crash(transferId, at);
					}
				}
			};
		}

		@Bean
		RecordFiledCounter recordFiledCounter() {
			return new RecordFiledCounter();
		}

		private static void crash(String transferId, String at) {
			if (CRASHED.add(transferId)) {
				throw new SimulatedCrash(at);
			}
		}
	}

	/** Counts {@link RecordFiled} as a listener in another module would see it: after its transaction commits. */
	static class RecordFiledCounter {
		@TransactionalEventListener
		public void on(RecordFiled event) {
			RECORD_FILED.computeIfAbsent(event.transferId(), id -> new AtomicInteger()).incrementAndGet();
		}
	}
}
