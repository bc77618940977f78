package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.recordsassistant.nccc.transfer.ChatExportConverter;
import org.recordsassistant.nccc.transfer.intake.ArchiveLimits;
import org.recordsassistant.nccc.testing.SharedFolder;
import org.recordsassistant.nccc.transfer.parse.ChatMessage;
import org.recordsassistant.nccc.transfer.parse.ConversationJsonReader;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;

/** Test helpers: real conversation JSON from the public samples or generated chats, and PDF text. */
final class FilingFixtures {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	static final Instant UPLOADED_AT = Instant.parse("2026-03-02T10:15:30Z");
	static final Instant CREATED_AT = Instant.parse("2026-03-02T10:20:00Z");
	static final String REFERENCE = "NCCC-2026-000123";

	private FilingFixtures() {
	}

	/** The public samples, found by walking up from the working directory; never copied into the repo. */
	static List<Path> samples() {
		try (Stream<Path> files = Files.list(SharedFolder.whatsappSamples())) {
			return files.filter(path -> path.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Converts an upload with the real converter into {@code json}. */
	static ParseSummary convert(Path upload, Path json, Path workDir) throws IOException {
		try (OutputStream out = Files.newOutputStream(json)) {
			return new ChatExportConverter(workDir, ArchiveLimits.defaults()).convert(upload,
					upload.getFileName().toString(), Locale.UK, LONDON, out);
		}
	}

	/** Writes a WhatsApp Android-style export (day first) and converts it. */
	static Path conversationFrom(String chatText, Path dir) throws IOException {
		Path upload = dir.resolve("chat.txt");
		Files.writeString(upload, chatText);
		Path json = dir.resolve("conversation.json");
		convert(upload, json, dir);
		return json;
	}

	static List<ChatMessage> messages(Path json) throws IOException {
		try (InputStream in = Files.newInputStream(json)) {
			return new ArrayList<>(ConversationJsonReader.readAll(in).messages());
		}
	}

	static TranscriptCover cover(Path original, Path json) {
		return new TranscriptCover(REFERENCE, "Priya Shah", "WhatsApp", List.of("Tom Reed", "Ports Policy Group"),
				"ports-policy", "OFFICIAL", "NCCC-2026-000123", "Priya Shah", "00000000-aaaa-bbbb-cccc-000000000001",
				UPLOADED_AT,
				List.of(new TranscriptCover.FileDigest(original.getFileName().toString(), sha256(original))),
				sha256(json), CREATED_AT);
	}

	static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<String> pageTexts(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
	}

	static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}

	static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
