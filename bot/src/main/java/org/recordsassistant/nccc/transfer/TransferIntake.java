package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.UUID;

import org.recordsassistant.nccc.teams.spi.IncomingFile;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.recordsassistant.nccc.transfer.AttachmentDownloader.DownloadedFile;
import org.recordsassistant.nccc.transfer.intake.ArchiveLimits;
import org.recordsassistant.nccc.transfer.intake.ChatWorkspace;
import org.recordsassistant.nccc.transfer.intake.RejectionReason;
import org.recordsassistant.nccc.transfer.intake.UploadRejectedException;
import org.recordsassistant.nccc.transfer.parse.ChatParseException;
import org.recordsassistant.nccc.transfer.parse.DateOrder;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.ParserOptions;
import org.recordsassistant.nccc.transfer.parse.SourceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes one upload from link to preview: a job row and folder, the download, format detection, the normalised JSON.
 * Nothing is filed here. A refused upload leaves no folder behind; only its row, with a reason code, remains.
 */
@Component
class TransferIntake {
	static final String JSON_FILE = "conversation.json";
	static final String NOTE_FILE = "note.txt";
	private static final Logger log = LoggerFactory.getLogger(TransferIntake.class);
	private static final String UNPACK_FOLDER = "unpacked";
	private static final ZoneId ZONE = ParserOptions.DEFAULT_ZONE;
	static final String OUR_FAULT = "Sorry, something went wrong on my side while reading that file. Nothing has "
			+ "been kept. Please send it again in a minute; if it keeps happening, contact the records team.";

	private final TransferJobRepository jobs;
	private final JobFolders folders;
	private final AttachmentDownloader downloader;
	private final Clock clock;

	TransferIntake(TransferProperties settings, TransferJobRepository jobs, JobFolders folders) {
		this.jobs = jobs;
		this.folders = folders;
		this.downloader = new AttachmentDownloader(settings);
		this.clock = Clock.systemUTC();
	}

	sealed interface Result permits Previewed, AsIsOffered, Rejected {
	}

	/** Read and summarised: show the preview. */
	record Previewed(TransferJob job, ParseSummary summary) implements Result {
	}

	/** Kept, but not readable as a conversation: say why and offer to file it as it is. */
	record AsIsOffered(TransferJob job, String why) implements Result {
	}

	/** Refused; nothing kept. */
	record Rejected(String userMessage) implements Result {
	}

	Result receive(Sender sender, IncomingFile file) {
		String id = UUID.randomUUID().toString();
		String name = AttachmentDownloader.safeName(file.name());
		Path folder = folders.create(id);
		try {
			jobs.insert(id, sender.userKey(), TransferMode.WHATSAPP, name, folder);
			DownloadedFile download = downloader.download(file, folder);
			return read(id, sender, download);
		}
		catch (DownloadRejectedException ex) {
			return reject(id, folder, ex.reason().name(), ex.reason().userMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Transfer {} failed while reading: {}", id, ex.getClass().getName());
			folders.delete(folder);
			markFailed(id);
			return new Rejected(OUR_FAULT);
		}
	}

	/** Best effort: the cleanup job catches a row this misses. */
	private void markFailed(String id) {
		try {
			jobs.changeStatus(id, TransferStatus.RECEIVED, TransferStatus.FAILED, "INTERNAL");
		}
		catch (RuntimeException ex) {
			log.warn("Transfer {} could not be marked failed: {}", id, ex.getClass().getName());
		}
	}

	private Result read(String id, Sender sender, DownloadedFile download) {
		Path folder = download.path().getParent().getParent();
		Locale locale = localeOf(sender);
		return switch (FormatDetector.detect(download.name(), download.path())) {
			case WHATSAPP -> readWhatsApp(id, folder, download, locale);
			case EMAIL -> readEmail(id, folder, download, locale);
			case UNKNOWN -> offerAsIs(id, download, "I can't read " + describeType(download.name())
					+ " as a conversation, so I can't show what is inside.");
		};
	}

	private Result readWhatsApp(String id, Path folder, DownloadedFile download, Locale locale) {
		Path json = folder.resolve(JSON_FILE);
		try {
			ParseSummary summary = convertWhatsApp(folder, download.path(), download.name(), locale, json);
			return previewed(id, TransferMode.WHATSAPP, download, json, summary);
		}
		catch (UploadRejectedException ex) {
			deleteQuietly(json);
			if (ex.reason() == RejectionReason.NO_CHAT_TEXT || ex.reason() == RejectionReason.AMBIGUOUS_CHAT_TEXT) {
				return offerAsIs(id, download, ex.userMessage());
			}
			return reject(id, folder, ex.reason().name(), ex.userMessage());
		}
		catch (ChatParseException ex) {
			deleteQuietly(json);
			if (ex.problem() == ChatParseException.Problem.NO_MESSAGES) {
				return offerAsIs(id, download, ex.problem().userMessage());
			}
			return reject(id, folder, ex.problem().name(), ex.problem().userMessage());
		}
	}

	private Result readEmail(String id, Path folder, DownloadedFile download, Locale locale) {
		Path json = folder.resolve(JSON_FILE);
		SourceInfo source = new SourceInfo(download.name(), null, download.sha256(), download.size());
		try (OutputStream out = Files.newOutputStream(json)) {
			ParseSummary summary = EmlConverter.convert(download.path(), source, folder, out, locale, ZONE,
					OffsetDateTime.now(clock));
			return previewed(id, TransferMode.EMAIL, download, json, summary);
		}
		catch (EmlConverter.UnreadableEmailException ex) {
			deleteQuietly(json);
			folders.delete(folder.resolve(EmlConverter.ATTACHMENTS_FOLDER));
			return offerAsIs(id, download, "I couldn't read that file as an email.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the JSON to a temporary file first, so a failure part-way never leaves a half document in place. */
	private ParseSummary convertWhatsApp(Path folder, Path upload, String name, Locale locale, Path json) {
		Path partial = json.resolveSibling(JSON_FILE + ".part");
		ChatExportConverter converter = new ChatExportConverter(folder.resolve(UNPACK_FOLDER), ArchiveLimits.defaults());
		try {
			ParseSummary summary;
			try (OutputStream out = Files.newOutputStream(partial)) {
				summary = converter.convert(upload, name, locale, ZONE, out);
			}
			Files.move(partial, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return summary;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(partial);
			deleteQuietly(folder.resolve(UNPACK_FOLDER));
		}
	}

	/** Reads a WhatsApp upload again with the other day/month order, when the file itself did not settle it. */
	Result reread(TransferJob job, DateOrder order) {
		Locale locale = order == DateOrder.MONTH_FIRST ? Locale.US : Locale.UK;
		ParseSummary summary = convertWhatsApp(job.jobFolder(), job.originalPath(), job.fileName(), locale,
				job.jsonPath());
		jobs.recordPreview(job.id(), job.mode(), job.fileName(), job.fileSize(), job.sha256(), job.originalPath(),
				job.jsonPath(), summary);
		log.info("Transfer {} read again with date order {}", job.id(), summary.dateOrder().order());
		return new Previewed(jobs.find(job.id()).orElseThrow(), summary);
	}

	/** A note of substance: {@code note.txt} is the original, the JSON holds one NOTE message. */
	Result recordNote(Sender sender, NoteOfSubstance note) {
		String id = UUID.randomUUID().toString();
		Path folder = folders.create(id);
		try {
			jobs.insert(id, sender.userKey(), TransferMode.NOTE, NOTE_FILE, folder);
			Path original = folder.resolve(NOTE_FILE);
			Files.writeString(original, note.asText());
			String sha256 = ChatWorkspace.sha256(original);
			long size = Files.size(original);
			Path json = folder.resolve(JSON_FILE);
			ParseSummary summary;
			try (OutputStream out = Files.newOutputStream(json)) {
				summary = note.writeJson(out, new SourceInfo(NOTE_FILE, null, sha256, size), sender, localeOf(sender),
						ZONE, OffsetDateTime.now(clock));
			}
			jobs.recordPreview(id, TransferMode.NOTE, NOTE_FILE, size, sha256, original, json, summary);
			log.info("Transfer {} previewed: mode=NOTE", id);
			return new Previewed(jobs.find(id).orElseThrow(), summary);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Transfer {} note failed: {}", id, ex.getClass().getName());
			folders.delete(folder);
			markFailed(id);
			return new Rejected("Sorry, something went wrong on my side while saving your note. Nothing has been "
					+ "kept. Please try again in a minute.");
		}
	}

	private Result previewed(String id, TransferMode mode, DownloadedFile download, Path json, ParseSummary summary) {
		jobs.recordPreview(id, mode, download.name(), download.size(), download.sha256(), download.path(), json,
				summary);
		log.info("Transfer {} previewed: mode={} events={} participants={} warnings={}", id, mode,
				summary.stats().events(), summary.participants().size(), summary.warnings().size());
		return new Previewed(jobs.find(id).orElseThrow(), summary);
	}

	private Result offerAsIs(String id, DownloadedFile download, String why) {
		jobs.recordPreview(id, TransferMode.AS_IS, download.name(), download.size(), download.sha256(),
				download.path(), null, null);
		log.info("Transfer {} offered as-is", id);
		return new AsIsOffered(jobs.find(id).orElseThrow(), why);
	}

	private Rejected reject(String id, Path folder, String reasonCode, String userMessage) {
		folders.delete(folder);
		jobs.changeStatus(id, TransferStatus.RECEIVED, TransferStatus.REJECTED, reasonCode);
		log.info("Transfer {} rejected: {}", id, reasonCode);
		return new Rejected(userMessage);
	}

	static Locale localeOf(Sender sender) {
		if (sender.locale() == null || sender.locale().isBlank()) {
			return ParserOptions.DEFAULT_LOCALE;
		}
		try {
			return new Locale.Builder().setLanguageTag(sender.locale().strip()).build();
		}
		catch (IllformedLocaleException ex) {
			return ParserOptions.DEFAULT_LOCALE;
		}
	}

	private static String describeType(String fileName) {
		String extension = FormatDetector.extension(fileName);
		return extension.isEmpty() ? "a file of this type" : "." + extension + " files";
	}

	private void deleteQuietly(Path path) {
		if (Files.isDirectory(path)) {
			folders.delete(path);
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete a temporary file: {}", ex.getClass().getSimpleName());
		}
	}
}
