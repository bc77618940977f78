package org.recordsassistant.nccc.transfer.filing;

import java.net.URLConnection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names inside a record. The rule mirrors graph-connector's {@code RecordPaths} (which is internal to that
 * library) so that a name chosen here is one the library keeps unchanged, and the manifest's names are the filed
 * names: forbidden characters ({@code " * : < > ? / \ | # %}) and control characters removed, white space
 * collapsed, {@code _vti_} removed, leading {@code ~}, dots and spaces and trailing dots and spaces removed, cut
 * to {@value #MAX_NAME} characters keeping the extension, {@code file} when empty, Windows device names
 * prefixed with {@code _}. Two files never share a name: a later one becomes {@code name (2).ext} and so on.
 */
final class RecordFileNames {

	static final String CONVERSATION = "conversation.json";
	static final String TRANSCRIPT = "transcript.pdf";
	static final String MANIFEST = RecordManifestWriter.FILE_NAME;
	/** The local folder library's sidecar; never used for a file of ours. */
	static final String SIDECAR = "record.json";
	static final int MAX_NAME = 120;

	private static final int MAX_EXTENSION = 16;
	private static final String FORBIDDEN = "\"*:<>?/\\|#%";
	private static final String RESERVED_SEQUENCE = "_vti_";
	private static final String EMPTY_NAME = "file";
	private static final String OCTET_STREAM = "application/octet-stream";
	private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
			"LPT8", "LPT9");
	private static final Map<String, String> CONTENT_TYPES = Map.of("txt", "text/plain", "zip", "application/zip",
			"json", "application/json", "pdf", "application/pdf", "opus", "audio/ogg", "webp", "image/webp",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "vcf", "text/vcard");

	private final Set<String> used = new HashSet<>(Set.of(CONVERSATION, TRANSCRIPT, MANIFEST, SIDECAR));

	/** A sanitised name no earlier call returned and none of the fixed names. */
	String claim(String requested) {
		String base = sanitise(requested);
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = candidate(base, n);
		}
		return name;
	}

	static String sanitise(String name) {
		StringBuilder out = new StringBuilder(name.length());
		boolean lastWasSpace = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) && !Character.isWhitespace(c)) {
				continue;
			}
			boolean space = Character.isWhitespace(c);
			if (!space || !lastWasSpace) {
				out.append(space ? ' ' : c);
			}
			lastWasSpace = space;
		}
		String cleaned = out.toString();
		while (cleaned.contains(RESERVED_SEQUENCE)) {
			cleaned = cleaned.replace(RESERVED_SEQUENCE, "");
		}
		cleaned = trimEnds(cleaned);
		if (cleaned.length() > MAX_NAME) {
			int dot = cleaned.lastIndexOf('.');
			String extension = dot > 0 && cleaned.length() - dot <= MAX_EXTENSION ? cleaned.substring(dot) : "";
			cleaned = trimEnds(cut(cleaned.substring(0, cleaned.length() - extension.length()),
					MAX_NAME - extension.length())) + extension;
		}
		if (cleaned.isEmpty()) {
			return EMPTY_NAME;
		}
		int dot = cleaned.indexOf('.');
		String stem = dot > 0 ? cleaned.substring(0, dot) : cleaned;
		return DEVICE_NAMES.contains(stem.toUpperCase(Locale.ROOT)) ? "_" + cleaned : cleaned;
	}

	static String contentType(String name) {
		int dot = name.lastIndexOf('.');
		String known = dot < 0 ? null : CONTENT_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
		if (known != null) {
			return known;
		}
		String guessed = URLConnection.guessContentTypeFromName(name);
		return guessed == null ? OCTET_STREAM : guessed;
	}

	private static String candidate(String name, int n) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 ? name + " (" + n + ")" : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
	}

	private static String trimEnds(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && "~. ".indexOf(value.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && ". ".indexOf(value.charAt(end - 1)) >= 0) {
			end--;
		}
		return value.substring(start, end);
	}

	private static String cut(String value, int max) {
		if (value.length() <= max) {
			return value;
		}
		return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
	}
}
