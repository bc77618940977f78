package org.recordsassistant.nccc.transfer.filing;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.recordsassistant.graphconnector.RecordsLibraryException;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.declaration.DeclarationStatus;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.transfer.FilingRequested;
import org.recordsassistant.nccc.transfer.RecordFiled;
import org.recordsassistant.nccc.transfer.TransferJob;
import org.recordsassistant.nccc.transfer.TransferService;
import org.recordsassistant.nccc.transfer.TransferStatus;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Attempt;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.History;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.util.FileSystemUtils;

/**
 * Files a confirmed transfer, step by step: build the package, file it, verify every hash, mark the transfer
 * filed (with the declaration link and {@link RecordFiled}, in one transaction), send the receipt, delete the job
 * folder. Each finished step is recorded in {@code transfer_filing_step} ({@link FilingSteps}) in the transaction
 * of its own changes, and a rerun skips what is recorded, so a crash at any point ends with one record, one
 * {@code RecordFiled} and one receipt (two only if the crash falls between sending it and recording it).
 *
 * <p>It runs from the event registry: a failed attempt leaves the publication incomplete, and the registry's
 * resubmission retries it, with a backoff kept here. After {@code alert-after} failed attempts the operators are
 * alerted and the user is told of the delay, once. Problems the user can fix ({@link FilingProblem}) end the
 * filing at once: the transfer is FAILED and the user told what to do.
 */
@Component
@ConditionalOnProperty(name = "nccc.transfer.filing.enabled", havingValue = "true", matchIfMissing = true)
class FilingWorker {
	private static final Logger log = LoggerFactory.getLogger(FilingWorker.class);
	private static final long SEND_TIMEOUT_SECONDS = 60;

	private final TransferService transfers;
	private final DeclarationService declarations;
	private final ProactiveMessenger messenger;
	private final ApplicationEventPublisher events;
	private final FilingSteps steps;
	private final RecordFiler filer;
	private final FilingNotices notices;
	private final FilingProperties settings;

	FilingWorker(TransferService transfers, DeclarationService declarations, ProactiveMessenger messenger,
			ApplicationEventPublisher events, FilingSteps steps, RecordFiler filer, FilingNotices notices,
			FilingProperties settings) {
		this.transfers = transfers;
		this.declarations = declarations;
		this.messenger = messenger;
		this.events = events;
		this.steps = steps;
		this.filer = filer;
		this.notices = notices;
		this.settings = settings;
	}

	/** No transaction around it: an upload can take minutes, and each step commits its own. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(FilingRequested request) {
		TransferJob job = transfers.find(request.transferId()).orElse(null);
		if (job == null || !(job.status() == TransferStatus.CONFIRMED || job.status() == TransferStatus.FILED)) {
			log.info("Filing request for transfer {} skipped: not confirmed", request.transferId());
			return;
		}
		History history = steps.history(job.id());
		if (job.status() == TransferStatus.FILED
				&& (history.done(FilingStep.CLEANED) || history.attempts() == 0 && !Files.isDirectory(job.jobFolder()))) {
			return; // filed, told and cleaned up before the registry could note it
		}
		Attempt attempt = steps.claim(job.id(), settings.staleAfter(), settings::backoffAfter);
		try {
			History now = steps.history(job.id());
			// Failures that never reached the handler below (the process died) still count towards the alert.
			alertIfDue(job, attempt, attempt.priorFailures(), lastFailure(now, attempt));
			run(job, attempt, now);
			steps.finish(attempt, Outcome.DONE, null);
		} catch (FilingProblem.Found found) {
			giveUp(job, attempt, found.problem());
		} catch (RuntimeException e) {
			String failure = describe(e);
			steps.finish(attempt, Outcome.FAILED, failure);
			log.warn("Filing of transfer {} failed on attempt {} ({}); it will be retried", job.id(),
					attempt.number(), failure);
			alertIfDue(job, attempt, attempt.priorFailures() + 1, failure);
			throw e;
		} finally {
			// An Error (out of memory, say) is not recorded: like a killed process, the next claim takes over.
			steps.release(attempt);
		}
	}

	private void run(TransferJob job, Attempt attempt, History history) {
		FiledRecord filed = null;
		if (job.status() == TransferStatus.CONFIRMED) {
			Optional<DeclarationSummary> declaration = declarationOf(job);
			filed = filer.fileAndVerify(job, attempt, history, declaration);
			markFiled(job, attempt, declaration, filed);
		}
		if (!history.done(FilingStep.RECEIPT_SENT)) {
			FiledRecord record = filed != null ? filed : filer.find(job);
			Instant started = steps.now();
			steps.touch(attempt);
			messenger.sendCard(job.userKey(), ReceiptCard.of(job, record))
					.orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
			steps.commit(attempt, FilingStep.RECEIPT_SENT, started, record.files().size(), null);
		}
		if (!history.done(FilingStep.CLEANED)) {
			Instant started = steps.now();
			FileSystemUtils.deleteRecursively(job.jobFolder().toFile());
			steps.commit(attempt, FilingStep.CLEANED, started, null, null);
		}
		log.info("Transfer {} filed and verified (attempt {})", job.id(), attempt.number());
	}

	/** The declaration the record is filed against; a wrong or withdrawn one is for the user to correct. */
	private Optional<DeclarationSummary> declarationOf(TransferJob job) {
		if (job.declarationReference() == null) {
			return Optional.empty();
		}
		DeclarationSummary declaration = declarations.summary(job.declarationReference())
				.orElseThrow(() -> new FilingProblem.Found(FilingProblem.DECLARATION_UNKNOWN, null));
		if (declaration.status() == DeclarationStatus.WITHDRAWN) {
			throw new FilingProblem.Found(FilingProblem.DECLARATION_WITHDRAWN, null);
		}
		return Optional.of(declaration);
	}

	/** FILED, the declaration linked and {@link RecordFiled} published: all or nothing, with the step's row. */
	private void markFiled(TransferJob job, Attempt attempt, Optional<DeclarationSummary> declaration,
			FiledRecord filed) {
		steps.commit(attempt, FilingStep.MARKED_FILED, steps.now(), filed.files().size(), null, () -> {
			if (transfers.markFiled(job.id())) {
				declaration.ifPresent(d -> declarations.markTransferred(d.reference(), job.id()));
				events.publishEvent(new RecordFiled(job.id(), job.declarationReference(), job.businessArea(),
						filed.webUrl()));
			}
		});
	}

	/** The user can fix it, retrying cannot: FAILED, the folder deleted, the user told. */
	private void giveUp(TransferJob job, Attempt attempt, FilingProblem problem) {
		transfers.markFailed(job.id(), problem.name());
		steps.finish(attempt, Outcome.GAVE_UP, problem.name());
		FileSystemUtils.deleteRecursively(job.jobFolder().toFile());
		log.warn("Filing of transfer {} stopped: {}; the user is told what to do", job.id(), problem);
		if (!steps.history(job.id()).done(FilingStep.USER_TOLD_FAILED) && notices.problem(job, problem)) {
			steps.noticed(attempt, FilingStep.USER_TOLD_FAILED);
		}
	}

	/** Once {@code failures} reach {@code alert-after}: an ERROR line, the operators and the user, each once. */
	private void alertIfDue(TransferJob job, Attempt attempt, int failures, String lastFailure) {
		if (failures < settings.alertAfter()) {
			return;
		}
		History history = steps.history(job.id());
		if (!history.done(FilingStep.OPERATORS_ALERTED)) {
			log.error("Filing of transfer {} has failed {} attempts (last: {}); alerting {} operators", job.id(),
					failures, lastFailure, settings.operators().size());
			notices.alertOperators(job, failures, lastFailure);
			steps.noticed(attempt, FilingStep.OPERATORS_ALERTED);
		}
		if (!history.done(FilingStep.USER_TOLD_DELAYED) && notices.delayed(job)) {
			steps.noticed(attempt, FilingStep.USER_TOLD_DELAYED);
		}
	}

	private static String lastFailure(History history, Attempt current) {
		return history.rows().stream()
				.filter(row -> row.step() == FilingStep.ATTEMPT && row.attempt() < current.number())
				.reduce((first, second) -> second)
				.map(row -> row.detail() != null ? row.detail() : row.outcome().name()).orElse("none");
	}

	/** The failure as a code for logs and the step table: the exception's class and HTTP status, no message. */
	static String describe(Throwable e) {
		Throwable cause = e instanceof CompletionException && e.getCause() != null
				? e.getCause() : e;
		String name = cause.getClass().getSimpleName();
		if (cause instanceof RecordsLibraryException library && library.getStatusCode() != 0) {
			name += " HTTP " + library.getStatusCode();
		}
		return name.length() > 60 ? name.substring(0, 60) : name;
	}

}
