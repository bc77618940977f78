package org.recordsassistant.nccc.transfer.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.recordsassistant.nccc.transfer.parse.Attachment;
import org.recordsassistant.nccc.transfer.parse.AttachmentLookup;

/**
 * One upload being processed: a job folder under a temporary root, the chat text and the files that came with it.
 * A {@code .zip} (recognised by its bytes, not its name) is unpacked into the folder under {@link ArchiveLimits};
 * a text file is checked and used where it is. Closing deletes the folder and everything in it.
 *
 * <pre>{@code
 * try (ChatWorkspace workspace = ChatWorkspace.open(upload, tempRoot, ArchiveLimits.defaults())) {
 *     parser = new WhatsAppExportParser(options.withAttachments(workspace.attachments()));
 *     parser.parse(workspace.chatText(), listener);
 * }
 * }</pre>
 */
public final class ChatWorkspace implements AutoCloseable {

	/** The name iPhones give the chat inside their zip. */
	public static final String IOS_CHAT_FILE = "_chat.txt";

	private static final String TEXT_SUFFIX = ".txt";
	private static final String MAC_METADATA_FOLDER = "__MACOSX/";
	private static final String CHAT_NAME_PREFIX = "whatsapp chat";
	private static final String SHA_256 = "SHA-256";
	private static final int HASH_BUFFER_BYTES = 64 * 1024;

	private final Path folder;
	private final Path chatText;
	private final String chatEntry;
	private final Map<String, Path> files;
	private final Map<String, Attachment> hashed = new HashMap<>();

	private ChatWorkspace(Path folder, Path chatText, String chatEntry, Map<String, Path> files) {
		this.folder = folder;
		this.chatText = chatText;
		this.chatEntry = chatEntry;
		this.files = files;
	}

	/**
	 * Opens an upload safely.
	 *
	 * @param upload the uploaded file (a {@code .txt} or {@code .zip}, whatever its name)
	 * @param tempRoot where job folders are created
	 * @param limits limits for zips
	 * @throws UploadRejectedException when the upload is empty, binary, an unsafe or damaged zip, or has no chat
	 */
	public static ChatWorkspace open(Path upload, Path tempRoot, ArchiveLimits limits) {
		Objects.requireNonNull(upload, "upload");
		Objects.requireNonNull(limits, "limits");
		TextSniffer.Kind kind = TextSniffer.sniff(upload);
		Path folder = createJobFolder(tempRoot);
		try {
			if (kind == TextSniffer.Kind.TEXT) {
				return new ChatWorkspace(folder, upload, null, Map.of());
			}
			List<ZipExtractor.Extracted> extracted = new ZipExtractor(limits).extract(upload, folder);
			ZipExtractor.Extracted chat = findChat(extracted);
			TextSniffer.checkText(head(chat.path()));
			Map<String, Path> files = new HashMap<>();
			for (ZipExtractor.Extracted file : extracted) {
				if (file != chat) {
					files.putIfAbsent(baseName(file.name()), file.path());
				}
			}
			return new ChatWorkspace(folder, chat.path(), chat.name(), files);
		}
		catch (RuntimeException ex) {
			deleteTree(folder);
			throw ex;
		}
	}

	/** The chat text to parse. */
	public Path chatText() {
		return chatText;
	}

	/** Inside a zip, the chat text's entry name; null when the upload was the text itself. */
	public String chatEntry() {
		return chatEntry;
	}

	/** The job folder (deleted on close). */
	public Path folder() {
		return folder;
	}

	/** Files that came with the chat, by file name, in no particular order. */
	public Map<String, Path> files() {
		return Map.copyOf(files);
	}

	/** Looks attachments up by file name; present ones get their size and SHA-256 (computed once). */
	public AttachmentLookup attachments() {
		return name -> {
			Path file = files.get(name);
			if (file == null) {
				return Optional.empty();
			}
			return Optional.of(hashed.computeIfAbsent(name, key -> describe(key, file)));
		};
	}

	/** SHA-256 of a file as lower-case hex. */
	public static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance(SHA_256))) {
			byte[] buffer = new byte[HASH_BUFFER_BYTES];
			while (in.read(buffer) >= 0) {
				// reading feeds the digest
			}
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		deleteTree(folder);
	}

	private static Attachment describe(String name, Path file) {
		try {
			return new Attachment(name, true, Files.size(file), sha256(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ZipExtractor.Extracted findChat(List<ZipExtractor.Extracted> extracted) {
		List<ZipExtractor.Extracted> texts = new ArrayList<>();
		List<ZipExtractor.Extracted> iosChats = new ArrayList<>();
		List<ZipExtractor.Extracted> namedChats = new ArrayList<>();
		for (ZipExtractor.Extracted file : extracted) {
			String base = baseName(file.name());
			if (file.name().startsWith(MAC_METADATA_FOLDER) || base.startsWith(".")
					|| !base.toLowerCase(Locale.ROOT).endsWith(TEXT_SUFFIX)) {
				continue;
			}
			texts.add(file);
			if (base.equals(IOS_CHAT_FILE)) {
				iosChats.add(file);
			}
			if (base.toLowerCase(Locale.ROOT).startsWith(CHAT_NAME_PREFIX)) {
				namedChats.add(file);
			}
		}
		for (List<ZipExtractor.Extracted> candidates : List.of(iosChats, namedChats, texts)) {
			if (candidates.size() == 1) {
				return candidates.get(0);
			}
			if (candidates.size() > 1) {
				throw new UploadRejectedException(RejectionReason.AMBIGUOUS_CHAT_TEXT, candidates.size() + " candidates");
			}
		}
		throw new UploadRejectedException(RejectionReason.NO_CHAT_TEXT, extracted.size() + " files, no .txt");
	}

	private static String baseName(String name) {
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(TextSniffer.SNIFF_BYTES);
		}
		catch (IOException ex) {
			throw new UploadRejectedException(RejectionReason.UNREADABLE, "cannot read the chat text", ex);
		}
	}

	private static Path createJobFolder(Path tempRoot) {
		try {
			Files.createDirectories(tempRoot);
			Path folder;
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				folder = Files.createTempDirectory(tempRoot, "chat-",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				folder = Files.createTempDirectory(tempRoot, "chat-");
			}
			return folder.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
