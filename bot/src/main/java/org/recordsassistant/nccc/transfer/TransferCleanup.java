package org.recordsassistant.nccc.transfer;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Clears what nobody will come back for: previews not confirmed within {@code nccc.transfer.preview-retention}
 * (EXPIRED) and jobs stuck while reading, for example after a restart mid-download (FAILED). Their folders are
 * deleted; the rows stay. The status change comes first and is conditional, so with several instances only one
 * deletes a folder, and never a folder whose transfer was confirmed meanwhile.
 */
@Component
class TransferCleanup {
	private static final Logger log = LoggerFactory.getLogger(TransferCleanup.class);
	private static final int BATCH = 200;

	private final TransferJobRepository jobs;
	private final JobFolders folders;
	private final TransferProperties settings;
	private final Clock clock;

	TransferCleanup(TransferJobRepository jobs, JobFolders folders, TransferProperties settings) {
		this.jobs = jobs;
		this.folders = folders;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	@Scheduled(initialDelayString = "${nccc.transfer.cleanup-interval:1h}",
			fixedDelayString = "${nccc.transfer.cleanup-interval:1h}")
	void run() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int expired = clear(TransferStatus.PREVIEWED, TransferStatus.EXPIRED, now.minus(settings.previewRetention()),
				null);
		// A download or parse runs inside one turn; twice the download timeout means the turn is long gone.
		int abandoned = clear(TransferStatus.RECEIVED, TransferStatus.FAILED,
				now.minus(settings.downloadTimeout().multipliedBy(2)), "ABANDONED");
		if (expired + abandoned > 0) {
			log.info("Transfer cleanup: {} previews expired, {} abandoned jobs cleared", expired, abandoned);
		}
	}

	private int clear(TransferStatus from, TransferStatus to, OffsetDateTime before, String reason) {
		int cleared = 0;
		for (TransferJob job : jobs.listStale(from, before, BATCH)) {
			if (jobs.changeStatus(job.id(), from, to, reason)) {
				folders.delete(job.jobFolder());
				cleared++;
			}
		}
		return cleared;
	}
}
