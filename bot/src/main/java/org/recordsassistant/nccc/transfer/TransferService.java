package org.recordsassistant.nccc.transfer;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The File job's entry point for the rest of the module (the filing worker): read a transfer, record the outcome
 * of filing. Confirm and cancel come from the preview card through {@code TransferTurnHandler}.
 */
@Service
public class TransferService {
	private static final Logger log = LoggerFactory.getLogger(TransferService.class);

	private final TransferJobRepository jobs;
	private final JobFolders folders;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	TransferService(TransferJobRepository jobs, JobFolders folders, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.folders = folders;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The transfer with this id, if there is one. */
	public Optional<TransferJob> find(String transferId) {
		return transferId == null || transferId.isBlank() ? Optional.empty() : jobs.find(transferId);
	}

	/** CONFIRMED to FILED; false when the transfer was not CONFIRMED. The caller removes the job folder. */
	public boolean markFiled(String transferId) {
		return jobs.changeStatus(transferId, TransferStatus.CONFIRMED, TransferStatus.FILED, null);
	}

	/** CONFIRMED to FAILED with a reason code (never text from the file); false when it was not CONFIRMED. */
	public boolean markFailed(String transferId, String reasonCode) {
		return jobs.changeStatus(transferId, TransferStatus.CONFIRMED, TransferStatus.FAILED, reasonCode);
	}

	/**
	 * Marks the transfer CONFIRMED and publishes {@link FilingRequested} in one transaction, so the event registry
	 * holds the request exactly when the row says confirmed. A second click finds it confirmed and publishes nothing.
	 */
	Decision confirm(String transferId, String userKey, String declarationReference, String businessArea) {
		Decision decision = transaction.execute(status -> {
			Optional<TransferJob> job = find(transferId);
			if (job.isEmpty()) {
				return new Decision(Outcome.UNKNOWN, null);
			}
			if (!job.get().userKey().equals(userKey)) {
				return new Decision(Outcome.NOT_YOURS, job.get());
			}
			if (!jobs.confirm(transferId, userKey, declarationReference, businessArea)) {
				return new Decision(Outcome.NOT_PREVIEWED, find(transferId).orElse(job.get()));
			}
			events.publishEvent(new FilingRequested(transferId));
			return new Decision(Outcome.DONE, find(transferId).orElseThrow());
		});
		log.info("Transfer {} confirm: {}", loggable(decision), decision.outcome());
		return decision;
	}

	/** Marks the transfer CANCELLED and deletes its folder: cancel leaves nothing behind but the row. */
	Decision cancel(String transferId, String userKey) {
		Optional<TransferJob> job = find(transferId);
		Decision decision;
		if (job.isEmpty()) {
			decision = new Decision(Outcome.UNKNOWN, null);
		}
		else if (!job.get().userKey().equals(userKey)) {
			decision = new Decision(Outcome.NOT_YOURS, job.get());
		}
		else if (!jobs.changeStatus(transferId, TransferStatus.PREVIEWED, TransferStatus.CANCELLED, null)) {
			decision = new Decision(Outcome.NOT_PREVIEWED, find(transferId).orElse(job.get()));
		}
		else {
			folders.delete(job.get().jobFolder());
			decision = new Decision(Outcome.DONE, find(transferId).orElseThrow());
		}
		log.info("Transfer {} cancel: {}", loggable(decision), decision.outcome());
		return decision;
	}

	/** The id only when it is ours: a card's data is typed by the client and must not reach the log. */
	private static String loggable(Decision decision) {
		return decision.job() == null ? "(unknown id)" : decision.job().id();
	}

	enum Outcome {
		DONE, UNKNOWN, NOT_YOURS, NOT_PREVIEWED
	}

	/** What confirm or cancel did, and the transfer as it is now (null when unknown). */
	record Decision(Outcome outcome, TransferJob job) {
	}
}
