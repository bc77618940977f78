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
import java.util.concurrent.TimeUnit;

import org.recordsassistant.graphconnector.RecordsLibrary;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.recordsassistant.graphconnector.models.VerificationResult;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.teams.ConversationReferences;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.transfer.FilingRequested;
import org.recordsassistant.nccc.transfer.RecordFiled;
import org.recordsassistant.nccc.transfer.TransferJob;
import org.recordsassistant.nccc.transfer.TransferMode;
import org.recordsassistant.nccc.transfer.TransferService;
import org.recordsassistant.nccc.transfer.TransferStatus;
import org.recordsassistant.nccc.transfer.intake.ArchiveLimits;
import org.recordsassistant.nccc.transfer.intake.ChatWorkspace;
import org.recordsassistant.nccc.transfer.parse.DirectConversationWriter;
import org.recordsassistant.nccc.transfer.parse.ExportFormat;
import org.recordsassistant.nccc.transfer.parse.SourceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Files a confirmed transfer: builds the record package, files it, verifies every hash, marks the
 * transfer filed, tells the user where it went, and only then removes the job folder. It runs from the
 * event registry, so a crash at any step leaves the publication incomplete and it runs again; every
 * step is idempotent by transfer id (the library returns the record it already holds), so a rerun
 * completes the record once instead of filing it twice.
 */
@Component
@ConditionalOnProperty(name = "nccc.transfer.filing.enabled", havingValue = "true", matchIfMissing = true)
class FilingWorker {
	private static final Logger log = LoggerFactory.getLogger(FilingWorker.class);
	private static final String PACKAGE_FOLDER = "package";
	private static final long SEND_TIMEOUT_SECONDS = 60;

	private final TransferService transfers;
	private final RecordsLibrary library;
	private final DeclarationService declarations;
	private final ConversationReferences references;
	private final ProactiveMessenger messenger;
	private final ApplicationEventPublisher events;
	private final RecordPackageBuilder builder = new RecordPackageBuilder();

	FilingWorker(TransferService transfers, RecordsLibrary library, DeclarationService declarations,
			ConversationReferences references, ProactiveMessenger messenger, ApplicationEventPublisher events) {
		this.transfers = transfers;
		this.library = library;
		this.declarations = declarations;
		this.references = references;
		this.messenger = messenger;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(FilingRequested request) {
		TransferJob job = transfers.find(request.transferId()).orElse(null);
		if (job == null || !(job.status() == TransferStatus.CONFIRMED || job.status() == TransferStatus.FILED)) {
			log.info("Filing request for transfer {} skipped: not confirmed", request.transferId());
			return;
		}
		if (job.status() == TransferStatus.FILED && !Files.isDirectory(job.jobFolder())) {
			return; // filed, told and cleaned up before a crash stopped the registry noting it
		}
		Optional<DeclarationSummary> declaration = Optional.ofNullable(job.declarationReference())
				.flatMap(declarations::summary);
		FiledRecord filed = fileAndVerify(job, declaration);
		if (transfers.markFiled(job.id())) {
			declaration.ifPresent(d -> declarations.markTransferred(d.reference(), job.id()));
			events.publishEvent(new RecordFiled(job.id(), job.declarationReference(), job.businessArea()));
		}
		messenger.sendCard(job.userKey(), ReceiptCard.of(job, filed)).orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)
				.join();
		FileSystemUtils.deleteRecursively(job.jobFolder().toFile());
		log.info("Transfer {} filed with {} files and verified", job.id(), filed.files().size());
	}

	private FiledRecord fileAndVerify(TransferJob job, Optional<DeclarationSummary> declaration) {
		Path packageDir = job.jobFolder().resolve(PACKAGE_FOLDER);
		try (ChatWorkspace workspace = attachmentsOf(job)) {
			Files.createDirectories(packageDir);
			Map<String, Path> attachments = new HashMap<>();
			if (workspace != null) {
				workspace.files().forEach((name, path) -> {
					if (!name.equals(workspace.chatEntry())) {
						attachments.put(name, path);
					}
				});
			}
			RecordPackage recordPackage = builder.build(input(job, declaration, conversationJson(job), attachments),
					packageDir);
			FiledRecord filed = library.file(recordPackage);
			VerificationResult verification = library.verify(filed);
			if (!verification.passed()) {
				throw new IllegalStateException("Transfer " + job.id() + " failed verification on "
						+ verification.problems().size() + " files");
			}
			return filed;
		} catch (IOException e) {
			throw new UncheckedIOException("Transfer " + job.id() + " could not be packaged", e);
		}
	}

	/** Media in a zip are not kept unpacked between preview and confirm: open the original again. */
	private static ChatWorkspace attachmentsOf(TransferJob job) {
		boolean zip = job.mode() == TransferMode.WHATSAPP && job.originalPath() != null
				&& job.originalPath().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
		return zip ? ChatWorkspace.open(job.originalPath(), job.jobFolder(), ArchiveLimits.defaults()) : null;
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
