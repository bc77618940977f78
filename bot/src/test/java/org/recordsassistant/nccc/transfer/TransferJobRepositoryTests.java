package org.recordsassistant.nccc.transfer;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.transfer.parse.Parsing;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.ParserOptions;
import org.recordsassistant.nccc.transfer.parse.WhatsAppExportParser;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The V30 migration and the repository on H2 and PostgreSQL. */
class TransferJobRepositoryTests {

	static List<TestDatabases.Kind> databases() {
		return TestDatabases.all();
	}

	private static ParseSummary sampleSummary() {
		return new WhatsAppExportParser(ParserOptions.defaults())
				.parse(Parsing.sample("whatsapp-chat-parser__short-chat.txt"), message -> { });
	}

	@ParameterizedTest
	@MethodSource("databases")
	void storesAPreviewAndReadsItBack(TestDatabases.Kind kind) {
		TransferJobRepository jobs = new TransferJobRepository(JdbcClient.create(TestDatabases.migrated(kind)));
		String id = UUID.randomUUID().toString();
		Path folder = Path.of("/work/jobs", id);
		jobs.insert(id, "user-1", TransferMode.WHATSAPP, "chat.txt", folder);
		assertThat(jobs.find(id)).get().extracting(TransferJob::status).isEqualTo(TransferStatus.RECEIVED);

		jobs.recordPreview(id, TransferMode.WHATSAPP, "chat.txt", 321, "a".repeat(64), folder.resolve("original/chat.txt"),
				folder.resolve("conversation.json"), sampleSummary());

		TransferJob job = jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(TransferStatus.PREVIEWED);
		assertThat(job.userKey()).isEqualTo("user-1");
		assertThat(job.fileSize()).isEqualTo(321);
		assertThat(job.jobFolder()).isEqualTo(folder);
		assertThat(job.jsonPath()).isEqualTo(folder.resolve("conversation.json"));
		assertThat(job.sourceFormat()).isEqualTo("whatsapp-android");
		assertThat(job.eventCount()).isEqualTo(5);
		assertThat(job.messageCount()).isEqualTo(3);
		assertThat(job.participantCount()).isEqualTo(3);
		assertThat(job.warningCount()).isEqualTo(2);
		assertThat(job.dateOrder()).isEqualTo("DAY_FIRST");
		assertThat(job.dateOrderAmbiguous()).isTrue();
		assertThat(job.firstTimestamp()).isEqualTo(OffsetDateTime.of(2017, 3, 6, 0, 45, 0, 0, ZoneOffset.UTC));
		assertThat(job.createdAt()).isNotNull();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void confirmIsForTheOwnerAndHappensOnce(TestDatabases.Kind kind) {
		TransferJobRepository jobs = new TransferJobRepository(JdbcClient.create(TestDatabases.migrated(kind)));
		String id = UUID.randomUUID().toString();
		jobs.insert(id, "owner", TransferMode.AS_IS, "photo.png", Path.of("/work/jobs", id));
		assertThat(jobs.confirm(id, "owner", null, "policy")).as("not previewed yet").isFalse();
		jobs.recordPreview(id, TransferMode.AS_IS, "photo.png", 10, "b".repeat(64), Path.of("/x"), null, null);

		assertThat(jobs.confirm(id, "someone-else", null, "policy")).isFalse();
		assertThat(jobs.confirm(id, "owner", "NCCC-2026-000123", "policy")).isTrue();
		assertThat(jobs.confirm(id, "owner", "NCCC-2026-000123", "policy")).isFalse();

		TransferJob job = jobs.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(TransferStatus.CONFIRMED);
		assertThat(job.declarationReference()).isEqualTo("NCCC-2026-000123");
		assertThat(job.businessArea()).isEqualTo("policy");
		assertThat(job.jsonPath()).isNull();
		assertThat(job.messageCount()).isNull();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void statusChangesOnlyFromTheExpectedStatus(TestDatabases.Kind kind) {
		TransferJobRepository jobs = new TransferJobRepository(JdbcClient.create(TestDatabases.migrated(kind)));
		String id = UUID.randomUUID().toString();
		jobs.insert(id, "owner", TransferMode.WHATSAPP, "chat.zip", Path.of("/work/jobs", id));
		assertThat(jobs.changeStatus(id, TransferStatus.PREVIEWED, TransferStatus.CANCELLED, null)).isFalse();
		assertThat(jobs.changeStatus(id, TransferStatus.RECEIVED, TransferStatus.REJECTED, "ZIP_BOMB")).isTrue();
		assertThat(jobs.find(id).orElseThrow().failureReason()).isEqualTo("ZIP_BOMB");
		assertThat(jobs.listStale(TransferStatus.REJECTED, OffsetDateTime.now().plusMinutes(1), 10))
				.extracting(TransferJob::id).containsExactly(id);
		assertThat(jobs.find(UUID.randomUUID().toString())).isEmpty();
	}
}
