package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.recordsassistant.graphconnector.HashMismatchException;
import org.recordsassistant.graphconnector.RecordConflictException;
import org.recordsassistant.graphconnector.RecordsLibrary;
import org.recordsassistant.graphconnector.UploadProgressListener;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.recordsassistant.graphconnector.models.VerificationResult;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.teams.ConversationReferences;
import org.recordsassistant.nccc.transfer.TransferJob;
import org.recordsassistant.nccc.transfer.TransferMode;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Attempt;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.History;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Row;
import org.recordsassistant.nccc.transfer.intake.ArchiveLimits;
import org.recordsassistant.nccc.transfer.intake.ChatWorkspace;
import org.recordsassistant.nccc.transfer.parse.DirectConversationWriter;
import org.recordsassistant.nccc.transfer.parse.ExportFormat;
import org.recordsassistant.nccc.transfer.parse.SourceInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The filing worker's first three steps: build the record package (PACKAGED), file it (UPLOADED) and check every
 * hash (VERIFIED). Each skips work an earlier attempt recorded: a kept package is filed again without being
 * rebuilt, and a record already filed is only looked up and verified; anything that no longer checks out is
 * done again. Problems the user can fix are thrown as {@link FilingProblem.Found}.
 */
@Component
class RecordFiler {
	private static final String PACKAGE_FOLDER = "package";
	private static final int HEARTBEATS_PER_STALE_PERIOD = 4;

	private final RecordsLibrary library;
	private final ConversationReferences references;
	private final FilingSteps steps;
	private final FilingNotices notices;
	private final FilingProperties settings;
	private final FilingCheckpoint checkpoint;
	private final RecordPackageBuilder builder = new RecordPackageBuilder();

	RecordFiler(RecordsLibrary library, ConversationReferences references, FilingSteps steps, FilingNotices notices,
			FilingProperties settings, ObjectProvider<FilingCheckpoint> checkpoint) {
		this.library = library;
		this.references = references;
		this.steps = steps;
		this.notices = notices;
		this.settings = settings;
		this.checkpoint = checkpoint.getIfAvailable(() -> FilingCheckpoint.NONE);
	}

	FiledRecord fileAndVerify(TransferJob job, Attempt attempt, History history,
			Optional<DeclarationSummary> declaration) {
		Optional<Row> uploaded = history.latest(FilingStep.VERIFIED).or(() -> history.latest(FilingStep.UPLOADED));
		if (uploaded.isPresent()) {
			Optional<FiledRecord> found = library.findByTransferId(job.id())
					.filter(record -> uploaded.get().files() != null
							&& record.files().size() == uploaded.get().files());
			if (found.isPresent() && history.done(FilingStep.VERIFIED)) {
				return found.get();
			}
			if (found.isPresent() && library.verify(found.get()).passed()) {
				steps.commit(attempt, FilingStep.VERIFIED, steps.now(), found.get().files().size(), null);
				return found.get();
			}
		}
		RecordPackage recordPackage = packageFor(job, attempt, history, declaration);
		FiledRecord filed = upload(job, attempt, history, recordPackage);
		Instant started = steps.now();
		VerificationResult verification = library.verify(filed);
		if (!verification.passed()) {
			throw new IllegalStateException("Transfer " + job.id() + " failed verification on "
					+ verification.problems().size() + " files");
		}
		steps.commit(attempt, FilingStep.VERIFIED, started, filed.files().size(), null);
		return filed;
	}

	/** The record filed for a transfer already marked FILED, for its receipt. */
	FiledRecord find(TransferJob job) {
		return library.findByTransferId(job.id()).orElseThrow(() -> new IllegalStateException("Transfer " + job.id()
				+ " is FILED but the records library holds nothing for it"));
	}

	private RecordPackage packageFor(TransferJob job, Attempt attempt, History history,
			Optional<DeclarationSummary> declaration) {
		Path packageDir = job.jobFolder().resolve(PACKAGE_FOLDER);
		if (history.done(FilingStep.PACKAGED)) {
			Optional<RecordPackage> kept = KeptPackage.find(packageDir);
			if (kept.isPresent()) {
				return kept.get();
			}
		}
		requireOriginals(job);
		Instant started = steps.now();
		steps.touch(attempt);
		// Zip media are unpacked into the job folder and filed from there, so the workspace stays until the
		// folder is deleted: a rerun can then file the kept package as it is.
		ChatWorkspace workspace = attachmentsOf(job);
		RecordPackage recordPackage;
		try {
			Files.createDirectories(packageDir);
			Map<String, Path> attachments = new HashMap<>();
			if (workspace != null) {
				workspace.files().forEach((name, path) -> {
					if (!name.equals(workspace.chatEntry())) {
						attachments.put(name, path);
					}
				});
			}
			recordPackage = builder.build(input(job, declaration, conversationJson(job), attachments), packageDir);
			KeptPackage.keep(packageDir, recordPackage);
		} catch (RecordPackageBuilder.OriginalChangedException e) {
			close(workspace);
			throw new FilingProblem.Found(FilingProblem.ORIGINAL_CHANGED, e);
		} catch (IOException e) {
			close(workspace);
			throw new UncheckedIOException("Transfer " + job.id() + " could not be packaged", e);
		} catch (RuntimeException | Error e) {
			close(workspace);
			throw e;
		}
		steps.commit(attempt, FilingStep.PACKAGED, started, recordPackage.files().size(), bytes(recordPackage));
		return recordPackage;
	}

	private FiledRecord upload(TransferJob job, Attempt attempt, History history, RecordPackage recordPackage) {
		long total = bytes(recordPackage);
		UploadProgressListener messages = UploadProgressListener.NONE;
		if (total > settings.progressAbove().toBytes()) {
			if (!history.done(FilingStep.USER_TOLD_STARTED) && notices.started(job, total)) {
				steps.noticed(attempt, FilingStep.USER_TOLD_STARTED);
			}
			long[] sizes = recordPackage.files().stream().mapToLong(RecordFile::size).toArray();
			messages = new ProgressMessages(sizes, settings.progressEvery(), settings.progressInterval(),
					System::nanoTime, (percent, sent, all) -> notices.progress(job.userKey(), percent, sent, all));
		}
		UploadProgressListener progress = messages;
		long heartbeatNanos = settings.staleAfter().toNanos() / HEARTBEATS_PER_STALE_PERIOD;
		long[] lastBeat = { System.nanoTime() };
		Instant started = steps.now();
		steps.touch(attempt);
		FiledRecord filed;
		try {
			filed = library.file(recordPackage, (index, sent, size) -> {
				checkpoint.uploading(job.id(), index, sent);
				if (System.nanoTime() - lastBeat[0] >= heartbeatNanos) {
					lastBeat[0] = System.nanoTime();
					steps.touch(attempt);
				}
				progress.onProgress(index, sent, size);
			});
		} catch (RecordConflictException e) {
			throw new FilingProblem.Found(FilingProblem.NAME_CONFLICT, e);
		} catch (HashMismatchException e) {
			// A file changed after it was hashed, here or in the library: build everything again next time.
			KeptPackage.forget(job.jobFolder().resolve(PACKAGE_FOLDER));
			throw e;
		}
		steps.commit(attempt, FilingStep.UPLOADED, started, filed.files().size(), total);
		return filed;
	}

	private static void requireOriginals(TransferJob job) {
		boolean originalGone = job.originalPath() == null || !Files.isRegularFile(job.originalPath());
		boolean jsonGone = job.jsonPath() != null && !Files.isRegularFile(job.jsonPath());
		if (originalGone || jsonGone) {
			throw new FilingProblem.Found(FilingProblem.ORIGINAL_MISSING, null);
		}
	}

	private static long bytes(RecordPackage recordPackage) {
		return recordPackage.files().stream().mapToLong(RecordFile::size).sum();
	}

	/** Media in a zip are not kept unpacked between preview and confirm: open the original again. */
	private static ChatWorkspace attachmentsOf(TransferJob job) {
		boolean zip = job.mode() == TransferMode.WHATSAPP && job.originalPath() != null
				&& job.originalPath().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
		return zip ? ChatWorkspace.open(job.originalPath(), job.jobFolder(), ArchiveLimits.defaults()) : null;
	}

	private static void close(ChatWorkspace workspace) {
		if (workspace != null) {
			workspace.close();
		}
	}

	/** A file taken as-is has no conversation: it is filed with an empty one, so the package has one shape. */
	private static Path conversationJson(TransferJob job) throws IOException {
		if (job.jsonPath() != null) {
			return job.jsonPath();
		}
		Path json = job.jobFolder().resolve("conversation.json");
		if (!Files.exists(json)) {
			try (OutputStream out = Files.newOutputStream(json)) {
				DirectConversationWriter.write(out, new SourceInfo(job.fileName(), null, job.sha256(), job.fileSize()),
						ExportFormat.NOTE, ZoneId.of("Europe/London"), Locale.UK, List.of());
			}
		}
		return json;
	}

	private FilingInput input(TransferJob job, Optional<DeclarationSummary> declaration, Path json,
			Map<String, Path> attachments) {
		String displayName = references.find(job.userKey()).map(reference -> reference.getUser())
				.map(user -> user.getName()).filter(name -> name != null && !name.isBlank()).orElse(job.userKey());
		String channel = declaration.map(DeclarationSummary::channel).orElse(channelOf(job));
		String classification = declaration.map(DeclarationSummary::classification).orElse("not stated");
		String subject = job.fileName().replaceFirst("\\.[^.]+$", "");
		Instant confirmed = job.updatedAt().toInstant();
		return new FilingInput(job.id(), FilingInput.referenceFor(job.declarationReference(), job.id()), subject,
				List.of(new FilingInput.OriginalFile(job.fileName(), job.originalPath(), job.sha256())), json, attachments,
				declaration.map(DeclarationSummary::declarantName).orElse(displayName), channel, List.of(),
				job.businessArea() == null ? "" : job.businessArea(), classification, job.declarationReference(),
				new FilingInput.Uploader(job.userKey(), displayName, null), job.createdAt().toInstant(), confirmed,
				null);
	}

	private static String channelOf(TransferJob job) {
		return switch (job.mode()) {
			case WHATSAPP -> "whatsapp";
			case EMAIL -> "private-email";
			case NOTE -> "note";
			case AS_IS -> "other";
		};
	}
}
