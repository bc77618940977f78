package org.recordsassistant.nccc.transfer.parse;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fixed texts WhatsApp writes in place of media, deleted and edited messages, calls and system events, in
 * English and a few common translations. The tables are data: add a language by adding strings, not code. They are
 * not exhaustive; an unknown placeholder is kept as an ordinary message, so nothing is lost.
 */
final class Markers {

	/** Whole-text placeholders for media left out of the export (compared ignoring case, trailing dot and space). */
	static final Set<String> MEDIA_OMITTED = lowerCase(List.of(
			// English: Android, then iPhone
			"<Media omitted>", "image omitted", "video omitted", "audio omitted", "sticker omitted",
			"document omitted", "GIF omitted", "Contact card omitted", "<Video message omitted>",
			"<View once message omitted>",
			// German
			"<Medien ausgeschlossen>", "Bild weggelassen", "Video weggelassen", "Audio weggelassen",
			"Sticker weggelassen", "Dokument weggelassen", "GIF weggelassen",
			// Spanish
			"<Multimedia omitido>", "imagen omitida", "video omitido", "audio omitido", "sticker omitido",
			"documento omitido", "GIF omitido",
			// French
			"<Médias omis>", "image absente", "vidéo absente", "audio omis", "sticker omis", "document omis",
			// Portuguese
			"<Mídia oculta>", "<Arquivo de mídia oculto>", "imagem ocultada", "vídeo omitido", "áudio ocultado",
			"figurinha omitida",
			// Italian
			"<Media omessi>", "immagine omessa", "video omesso", "audio omesso", "sticker omesso",
			"documento omesso",
			// Dutch
			"<Media weggelaten>", "afbeelding weggelaten", "video weggelaten", "audio weggelaten",
			"sticker weggelaten"));

	/** iPhone writes "NAME • 3 pages document omitted": endings that mean an omitted document. */
	static final List<String> MEDIA_OMITTED_SUFFIXES = List.of(" document omitted", " dokument weggelassen");

	/** Android: {@code NAME (file attached)}; the suffix in each language. */
	static final List<String> FILE_ATTACHED_SUFFIXES = List.of("(file attached)", "(Datei angehängt)",
			"(archivo adjunto)", "(fichier joint)", "(arquivo anexado)", "(file allegato)", "(bestand bijgevoegd)");

	/** iPhone: {@code <attached: NAME>}; the prefix in each language (closing {@code >} expected). */
	static final List<String> ATTACHED_PREFIXES = List.of("<attached: ", "<Anhang: ", "<adjunto: ",
			"<pièce jointe : ", "<anexado: ", "<allegato: ", "<bijgevoegd: ");

	/** Whole-text placeholders for deleted messages (ignoring case and a trailing dot). */
	static final Set<String> DELETED = lowerCase(List.of("This message was deleted", "You deleted this message",
			"Diese Nachricht wurde gelöscht", "Du hast diese Nachricht gelöscht", "Se eliminó este mensaje",
			"Eliminaste este mensaje", "Ce message a été supprimé", "Vous avez supprimé ce message",
			"Esta mensagem foi apagada", "Você apagou esta mensagem", "Questo messaggio è stato eliminato",
			"Hai eliminato questo messaggio", "Dit bericht is verwijderd", "Je hebt dit bericht verwijderd"));

	/** Markers WhatsApp appends to edited messages; removed from the text, the message is flagged. */
	static final List<String> EDITED = List.of("<This message was edited>", "<Diese Nachricht wurde bearbeitet>",
			"<Se editó este mensaje.>", "<Ce message a été modifié>", "<Mensagem editada>",
			"<Questo messaggio è stato modificato>", "<Dit bericht is bewerkt>");

	/** Starts of call records (iPhone adds ", Tap to call back" and similar). */
	static final List<String> CALLS = lowerCaseList(List.of("Missed voice call", "Missed video call",
			"Missed group voice call", "Missed group video call", "Verpasster Sprachanruf", "Verpasster Videoanruf",
			"Llamada perdida", "Videollamada perdida", "Appel vocal manqué", "Appel vidéo manqué",
			"Chamada de voz perdida", "Chamada de vídeo perdida", "Chiamata vocale persa", "Videochiamata persa",
			"Gemiste spraakoproep", "Gemiste video-oproep"));

	/**
	 * Texts that are always WhatsApp's own, even when an author is shown (iPhone puts the chat name there). Other
	 * iPhone system events are recognised by the left-to-right mark WhatsApp puts before their text.
	 */
	static final List<String> SYSTEM_STARTS = lowerCaseList(List.of("Messages and calls are end-to-end encrypted",
			"Messages to this group are now secured with end-to-end encryption",
			"Messages to this chat and calls are now secured with end-to-end encryption",
			"Messages you send to this group are now secured with end-to-end encryption",
			"Messages you send to this chat and calls are now secured with end-to-end encryption",
			"Your security code with", "You were added", "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt",
			"Los mensajes y las llamadas están cifrados de extremo a extremo",
			"Les messages et les appels sont chiffrés de bout en bout",
			"As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
			"I messaggi e le chiamate sono crittografati end-to-end",
			"Berichten en gesprekken worden end-to-end versleuteld"));

	/**
	 * iPhone also puts the left-to-right mark before some things participants send; these starts keep such a
	 * message with its author instead of treating it as a system event.
	 */
	static final List<String> IOS_MARKED_USER_CONTENT = lowerCaseList(List.of("Location:", "POLL:",
			"Live location shared", "Waiting for this message", "Standort:", "Ubicación:", "Position :",
			"Localização:", "Posizione:", "Locatie:"));

	private static final Pattern SYSTEM_CREATED_GROUP = Pattern.compile("^.{1,200} created (?:group .*|this group)$");
	private static final String CREATED = " created ";

	private static final Pattern ANGLE_NAME = Pattern.compile("^<([^<>]{1,255})>");

	/** Texts longer than this are never a whole-text placeholder, so they skip the table lookups. */
	private static final int MAX_PLACEHOLDER_CHARS = 120;
	private static final int MAX_CALL_CHARS = 200;
	private static final int MAX_SYSTEM_CHARS = 1000;

	private static final Set<String> MEDIA_OMITTED_LOOKUP = caseInsensitive(MEDIA_OMITTED);
	private static final Set<String> DELETED_LOOKUP = caseInsensitive(DELETED);
	private static final int MIN_TABLE_CHARS = java.util.stream.Stream.concat(MEDIA_OMITTED.stream(), DELETED.stream())
		.mapToInt(String::length)
		.min()
		.orElse(0);
	/** The longest entry, plus room for a trailing dot and spaces before it. */
	private static final int MAX_TABLE_CHARS = java.util.stream.Stream.concat(MEDIA_OMITTED.stream(), DELETED.stream())
		.mapToInt(String::length)
		.max()
		.orElse(0) + 3;
	private static final FirstChars MEDIA_OMITTED_FIRST = new FirstChars(MEDIA_OMITTED);
	private static final FirstChars DELETED_FIRST = new FirstChars(DELETED);
	private static final FirstChars CALLS_FIRST = new FirstChars(CALLS);
	private static final FirstChars SYSTEM_FIRST = new FirstChars(SYSTEM_STARTS);
	private static final FirstChars IOS_MARKED_USER_FIRST = new FirstChars(IOS_MARKED_USER_CONTENT);

	private Markers() {
	}

	static boolean isMediaOmitted(String text) {
		int start = firstNonSpace(text, 0, text.length());
		int end = lastNonSpace(text, start, text.length());
		if (end - start > MAX_PLACEHOLDER_CHARS * 2 || end == start) {
			return false;
		}
		if (MEDIA_OMITTED_FIRST.mayStart(text.charAt(start)) && inTable(MEDIA_OMITTED_LOOKUP, text, start, end)) {
			return true;
		}
		for (String suffix : MEDIA_OMITTED_SUFFIXES) {
			if (end - start > suffix.length() && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length())) {
				return true;
			}
		}
		return false;
	}

	static boolean isDeleted(String text) {
		int start = firstNonSpace(text, 0, text.length());
		int end = lastNonSpace(text, start, text.length());
		return end - start <= MAX_PLACEHOLDER_CHARS && end > start && DELETED_FIRST.mayStart(text.charAt(start))
				&& inTable(DELETED_LOOKUP, text, start, end);
	}

	static boolean isCall(String text) {
		if (text.length() > MAX_CALL_CHARS) {
			return false;
		}
		return startsWithAny(text, CALLS, CALLS_FIRST);
	}

	static boolean isAlwaysSystem(String text) {
		if (text.length() > MAX_SYSTEM_CHARS) {
			return false;
		}
		if (startsWithAny(text, SYSTEM_STARTS, SYSTEM_FIRST)) {
			return true;
		}
		return text.contains(CREATED) && SYSTEM_CREATED_GROUP.matcher(firstLine(text)).matches();
	}

	/** Whether a left-to-right-marked iPhone text is still something a participant sent (location, poll, ...). */
	static boolean isMarkedUserContent(String text) {
		return startsWithAny(text, IOS_MARKED_USER_CONTENT, IOS_MARKED_USER_FIRST);
	}

	/** The edited marker at the end of the text, or null. */
	static String editedMarker(String text) {
		int end = lastNonSpace(text, 0, text.length());
		if (end == 0 || text.charAt(end - 1) != '>') {
			return null;
		}
		for (String marker : EDITED) {
			if (end >= marker.length() && text.startsWith(marker, end - marker.length())) {
				return marker;
			}
		}
		return null;
	}

	/** Removes the edited marker (and the space before it) from the end of the text. */
	static String withoutEditedMarker(String text, String marker) {
		String trimmed = text.stripTrailing();
		return trimmed.substring(0, trimmed.length() - marker.length()).stripTrailing();
	}

	/** The attached file name on the first line ({@code <attached: NAME>} or {@code NAME (file attached)}), or null. */
	static String attachedFileName(String text) {
		int newline = text.indexOf('\n');
		int lineEnd = newline < 0 ? text.length() : newline;
		int start = firstNonSpace(text, 0, lineEnd);
		int end = lastNonSpace(text, start, lineEnd);
		if (end - start < 2) {
			return null;
		}
		char last = text.charAt(end - 1);
		if (last == '>' && text.charAt(start) == '<') {
			for (String prefix : ATTACHED_PREFIXES) {
				if (text.regionMatches(true, start, prefix, 0, prefix.length()) && end - 1 >= start + prefix.length()) {
					String name = text.substring(start + prefix.length(), end - 1).strip();
					return name.isEmpty() ? null : name;
				}
			}
			return null;
		}
		if (last != ')') {
			return null;
		}
		for (String suffix : FILE_ATTACHED_SUFFIXES) {
			if (end - start > suffix.length()
					&& text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length())) {
				String name = text.substring(start, end - suffix.length()).strip();
				Matcher angle = ANGLE_NAME.matcher(name);
				return name.isEmpty() ? null : angle.matches() ? angle.group(1) : name;
			}
		}
		return null;
	}

	static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}

	/** Whether text[start, end), with one trailing dot ignored, is in the table (compared ignoring case). */
	private static boolean inTable(Set<String> table, String text, int start, int end) {
		int length = end - start;
		if (length < MIN_TABLE_CHARS || length > MAX_TABLE_CHARS) {
			return false;
		}
		String key = text.substring(start, end);
		if (table.contains(key)) {
			return true;
		}
		return key.endsWith(".") && table.contains(key.substring(0, key.length() - 1).stripTrailing());
	}

	private static boolean startsWithAny(String text, List<String> starts, FirstChars first) {
		int start = firstNonSpace(text, 0, text.length());
		if (start == text.length() || !first.mayStart(text.charAt(start))) {
			return false;
		}
		for (String candidate : starts) {
			if (text.regionMatches(true, start, candidate, 0, candidate.length())) {
				return true;
			}
		}
		return false;
	}

	private static int firstNonSpace(String text, int from, int to) {
		int i = from;
		while (i < to && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int lastNonSpace(String text, int from, int to) {
		int i = to;
		while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/** The first characters of a table's entries, either case: most texts are ruled out by one look-up. */
	private static final class FirstChars {

		private static final int TABLE_SIZE = 256;

		private final boolean[] latin = new boolean[TABLE_SIZE];
		private final Set<Character> others;

		FirstChars(java.util.Collection<String> texts) {
			java.util.Set<Character> all = new java.util.HashSet<>();
			for (String text : texts) {
				char c = text.charAt(0);
				for (char variant : new char[] { Character.toLowerCase(c), Character.toUpperCase(c) }) {
					if (variant < TABLE_SIZE) {
						latin[variant] = true;
					}
					else {
						all.add(variant);
					}
				}
			}
			this.others = Set.copyOf(all);
		}

		boolean mayStart(char c) {
			return c < TABLE_SIZE ? latin[c] : others.contains(c);
		}
	}

	private static Set<String> caseInsensitive(Set<String> texts) {
		TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(texts);
		return Collections.unmodifiableSet(set);
	}

	private static Set<String> lowerCase(List<String> texts) {
		return texts.stream().map(text -> text.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	private static List<String> lowerCaseList(List<String> texts) {
		return texts.stream().map(text -> text.toLowerCase(Locale.ROOT)).toList();
	}
}
