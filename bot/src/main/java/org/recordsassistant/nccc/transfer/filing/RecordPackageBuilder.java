package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.recordsassistant.graphconnector.FileDigests;
import org.recordsassistant.graphconnector.models.FileRole;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordMetadata;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the record package for a confirmed transfer: checks the originals against the SHA-256 taken at upload,
 * renders {@code transcript.pdf}, hashes every file (streaming), writes {@code manifest.json} and returns a
 * graph-connector {@link RecordPackage} ready for {@code RecordsLibrary.file(...)}.
 *
 * <p>Only the transcript and the manifest are written (into the package folder); the originals, the
 * conversation JSON and the attachments are filed from where they are. File order in the package and the
 * manifest: originals, {@code conversation.json}, {@code transcript.pdf}, attachments by name,
 * {@code manifest.json}. Building again with the same input gives byte-identical files, so a retried filing
 * finds everything already in the library. Thread-safe.
 */
public final class RecordPackageBuilder {

	private static final Logger LOG = LoggerFactory.getLogger(RecordPackageBuilder.class);
	private static final String JSON_TYPE = "application/json";
	private static final String PDF_TYPE = "application/pdf";
	private static final String NO_DECLARATION = "";

	private final TranscriptPdfRenderer renderer;
	private final RecordManifestWriter manifestWriter;
	private final String botVersion;

	/**
	 * Creates a builder with the bundled fonts and the running jar's version.
	 */
	public RecordPackageBuilder() {
		this(new TranscriptPdfRenderer(), new RecordManifestWriter(), BotVersion.current());
	}

	/**
	 * Creates a builder from its parts.
	 *
	 * @param renderer renders the transcript
	 * @param manifestWriter writes the manifest
	 * @param botVersion the bot version recorded in the manifest
	 * @throws NullPointerException if an argument is null
	 */
	public RecordPackageBuilder(TranscriptPdfRenderer renderer, RecordManifestWriter manifestWriter,
			String botVersion) {
		this.renderer = Objects.requireNonNull(renderer, "renderer");
		this.manifestWriter = Objects.requireNonNull(manifestWriter, "manifestWriter");
		this.botVersion = Objects.requireNonNull(botVersion, "botVersion");
	}

	/**
	 * Builds the package.
	 *
	 * @param input the transfer
	 * @param packageDir the folder for the transcript and manifest; created if missing, those two files replaced
	 * @return the package, every file with its size, SHA-256 and QuickXorHash
	 * @throws OriginalChangedException if an original no longer matches the SHA-256 taken at upload
	 * @throws UncheckedIOException if a file cannot be read or written, or the conversation JSON is not valid
	 * @throws IllegalArgumentException if the reference is not letters, digits and hyphens
	 * @throws NullPointerException if an argument is null
	 */
	public RecordPackage build(FilingInput input, Path packageDir) {
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(packageDir, "packageDir");
		try {
			Files.createDirectories(packageDir);
			RecordFileNames names = new RecordFileNames();
			List<RecordFile> files = new ArrayList<>();
			List<TranscriptCover.FileDigest> originals = new ArrayList<>();
			for (FilingInput.OriginalFile original : input.originals()) {
				RecordFile file = original(original, names.claim(original.name()));
				files.add(file);
				originals.add(new TranscriptCover.FileDigest(file.name(), file.sha256()));
			}
			RecordFile conversation = file(RecordFileNames.CONVERSATION, input.conversationJson(), JSON_TYPE,
					FileRole.NORMALISED_JSON);
			files.add(conversation);
			Path pdf = packageDir.resolve(RecordFileNames.TRANSCRIPT);
			TranscriptSummary summary = renderer.render(input.conversationJson(),
					cover(input, originals, conversation.sha256()), pdf);
			files.add(file(RecordFileNames.TRANSCRIPT, pdf, PDF_TYPE, FileRole.TRANSCRIPT_PDF));
			for (Map.Entry<String, Path> attachment : input.attachments().entrySet()) {
				String name = names.claim(attachment.getKey());
				files.add(file(name, attachment.getValue(), RecordFileNames.contentType(name), FileRole.ATTACHMENT));
			}
			Path manifest = packageDir.resolve(RecordFileNames.MANIFEST);
			manifestWriter.write(manifest(input, summary, files), manifest);
			files.add(file(RecordFileNames.MANIFEST, manifest, JSON_TYPE, FileRole.MANIFEST));
			LOG.info("built record package for transfer {}: {} files, {} transcript pages", input.transferId(),
					files.size(), summary.pages());
			return new RecordPackage(input.transferId(), input.reference(), input.subject(), input.created(), files,
					metadata(input, summary, originals.get(0).sha256()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not build the record package for transfer " + input.transferId(),
					ex);
		}
	}

	private static RecordFile original(FilingInput.OriginalFile original, String name) throws IOException {
		RecordFile file = file(name, original.path(), RecordFileNames.contentType(name), FileRole.ORIGINAL);
		if (!file.sha256().equalsIgnoreCase(original.sha256())) {
			throw new OriginalChangedException();
		}
		return file;
	}

	/** An original upload no longer matches the SHA-256 taken when it was received. */
	public static final class OriginalChangedException extends IllegalStateException {
		private static final long serialVersionUID = 1L;

		OriginalChangedException() {
			super("an original upload changed after it was received (SHA-256 differs); ask the user to upload the "
					+ "export again");
		}
	}

	private static RecordFile file(String name, Path path, String contentType, FileRole role) throws IOException {
		FileDigests digest = FileDigests.of(path);
		return new RecordFile(name, path, digest.size(), digest.sha256(), digest.quickXorHash(), contentType, role);
	}

	private static TranscriptCover cover(FilingInput input, List<TranscriptCover.FileDigest> originals,
			String conversationSha256) {
		return new TranscriptCover(input.reference(), input.declarant(), input.channel(), input.counterparties(),
				input.businessArea(), input.classification(), input.declarationReference(),
				input.uploader().displayName(), input.uploader().userKey(), input.uploadedAt(), originals,
				conversationSha256, input.created());
	}

	private RecordManifest manifest(FilingInput input, TranscriptSummary summary, List<RecordFile> files) {
		List<RecordManifest.Entry> entries = files.stream()
			.map(f -> new RecordManifest.Entry(f.name(), f.role(), f.size(), f.sha256(), f.contentType()))
			.toList();
		return new RecordManifest(input.transferId(), input.reference(), input.declarationReference(),
				input.created(), input.uploader().userKey(), input.uploader().displayName(), input.uploadedAt(),
				summary.parserVersion(), summary.schemaVersion(), botVersion, entries);
	}

	private static RecordMetadata metadata(FilingInput input, TranscriptSummary summary, String originalSha256) {
		Instant from = summary.firstTimestamp() == null ? input.uploadedAt() : summary.firstTimestamp().toInstant();
		Instant to = summary.lastTimestamp() == null ? input.uploadedAt() : summary.lastTimestamp().toInstant();
		String uploadedBy = input.uploader().principalName() != null ? input.uploader().principalName()
				: input.uploader().userKey();
		return new RecordMetadata(input.reference(), input.declarant(), input.channel(), input.counterparties(),
				input.businessArea(), from, to, (int) Math.min(Integer.MAX_VALUE, summary.messages()),
				input.classification(),
				input.declarationReference() == null ? NO_DECLARATION : input.declarationReference(), uploadedBy,
				input.uploadedAt(), originalSha256, input.retentionLabel());
	}
}
