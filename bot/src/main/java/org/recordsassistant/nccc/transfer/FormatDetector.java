package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how to read an upload: by its extension first (what the user's phone called it), then by its first bytes
 * when the name says nothing. Office files are zips too, so only a name without a known extension is sniffed.
 */
final class FormatDetector {

	enum Format {
		WHATSAPP, EMAIL, UNKNOWN
	}

	private static final Set<String> WHATSAPP_EXTENSIONS = Set.of("txt", "zip");
	private static final Set<String> EMAIL_EXTENSIONS = Set.of("eml");
	private static final int HEAD_BYTES = 4096;
	private static final Pattern EMAIL_HEADER = Pattern.compile(
			"(?i)^(received|return-path|from|to|subject|date|message-id|mime-version|delivered-to|x-[a-z-]+):.*");

	private FormatDetector() {
	}

	static Format detect(String fileName, Path file) {
		String extension = extension(fileName);
		if (WHATSAPP_EXTENSIONS.contains(extension)) {
			return Format.WHATSAPP;
		}
		if (EMAIL_EXTENSIONS.contains(extension)) {
			return Format.EMAIL;
		}
		if (!extension.isEmpty()) {
			return Format.UNKNOWN;
		}
		byte[] head = head(file);
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return Format.WHATSAPP;
		}
		String firstLine = new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
		return EMAIL_HEADER.matcher(firstLine).matches() ? Format.EMAIL : Format.UNKNOWN;
	}

	/** The lower-case extension without the dot; empty when there is none. */
	static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		if (dot <= 0 || dot == fileName.length() - 1) {
			return "";
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return extension.length() <= 10 && extension.chars().allMatch(Character::isLetterOrDigit) ? extension : "";
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_BYTES);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}
}
