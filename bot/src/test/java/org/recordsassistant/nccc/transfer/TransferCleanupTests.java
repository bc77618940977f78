package org.recordsassistant.nccc.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class TransferCleanupTests {
	@TempDir
	Path work;

	private final JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(TestDatabases.Kind.H2));
	private final TransferJobRepository jobs = new TransferJobRepository(jdbc);

	private TransferCleanup cleanup() {
		TransferProperties settings = new TransferProperties(DataSize.ofGigabytes(2), Duration.ofMinutes(10),
				Duration.ofSeconds(10), work, Map.of(), Duration.ofDays(7), Duration.ofSeconds(8), 2);
		return new TransferCleanup(jobs, new JobFolders(settings), settings);
	}

	private String job(TransferStatus status, Duration age) throws Exception {
		String id = UUID.randomUUID().toString();
		Path folder = Files.createDirectories(work.resolve(id));
		Files.writeString(folder.resolve("conversation.json"), "{}");
		jobs.insert(id, "owner", TransferMode.WHATSAPP, "chat.txt", folder);
		jdbc.sql("UPDATE transfer_job SET status = :status, updated_at = :at WHERE id = :id")
				.param("status", status.name()).param("at", OffsetDateTime.now(ZoneOffset.UTC).minus(age))
				.param("id", id).update();
		return id;
	}

	@Test
	void expiresOldPreviewsAndClearsAbandonedReadsButKeepsTheRest() throws Exception {
		String oldPreview = job(TransferStatus.PREVIEWED, Duration.ofDays(8));
		String freshPreview = job(TransferStatus.PREVIEWED, Duration.ofDays(1));
		String abandoned = job(TransferStatus.RECEIVED, Duration.ofHours(1));
		String reading = job(TransferStatus.RECEIVED, Duration.ofMinutes(1));
		String confirmed = job(TransferStatus.CONFIRMED, Duration.ofDays(30));

		cleanup().run();

		assertThat(jobs.find(oldPreview).orElseThrow().status()).isEqualTo(TransferStatus.EXPIRED);
		assertThat(work.resolve(oldPreview)).doesNotExist();
		assertThat(jobs.find(abandoned).orElseThrow().status()).isEqualTo(TransferStatus.FAILED);
		assertThat(jobs.find(abandoned).orElseThrow().failureReason()).isEqualTo("ABANDONED");
		assertThat(work.resolve(abandoned)).doesNotExist();
		for (String kept : new String[] { freshPreview, reading, confirmed }) {
			assertThat(work.resolve(kept)).isDirectory();
		}
		assertThat(jobs.find(confirmed).orElseThrow().status()).isEqualTo(TransferStatus.CONFIRMED);
	}
}
