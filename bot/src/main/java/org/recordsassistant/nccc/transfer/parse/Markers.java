package org.recordsassistant.nccc.transfer.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

	private static final Pattern SYSTEM_CREATED_GROUP = Pattern.compile("^.{1,200} created (?:group .*|this group)$");

	private static final Pattern ANGLE_NAME = Pattern.compile("^<([^<>]{1,255})>");

	private Markers() {
	}

	static boolean isMediaOmitted(String text) {
		String key = key(text);
		if (MEDIA_OMITTED.contains(key)) {
			return true;
		}
		for (String suffix : MEDIA_OMITTED_SUFFIXES) {
			if (key.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	static boolean isDeleted(String text) {
		return DELETED.contains(key(text));
	}

	static boolean isCall(String text) {
		if (text.length() > 200) {
			return false;
		}
		String lower = text.strip().toLowerCase(Locale.ROOT);
		for (String start : CALLS) {
			if (lower.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	static boolean isAlwaysSystem(String text) {
		if (text.length() > 1000) {
			return false;
		}
		String lower = text.strip().toLowerCase(Locale.ROOT);
		for (String start : SYSTEM_STARTS) {
			if (lower.startsWith(start)) {
				return true;
			}
		}
		return SYSTEM_CREATED_GROUP.matcher(firstLine(text)).matches();
	}

	/** The edited marker at the end of the text, or null. */
	static String editedMarker(String text) {
		String trimmed = text.stripTrailing();
		for (String marker : EDITED) {
			if (trimmed.endsWith(marker)) {
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
		String first = firstLine(text).strip();
		for (String prefix : ATTACHED_PREFIXES) {
			if (first.regionMatches(true, 0, prefix, 0, prefix.length()) && first.endsWith(">")) {
				String name = first.substring(prefix.length(), first.length() - 1).strip();
				return name.isEmpty() ? null : name;
			}
		}
		for (String suffix : FILE_ATTACHED_SUFFIXES) {
			if (first.length() > suffix.length()
					&& first.regionMatches(true, first.length() - suffix.length(), suffix, 0, suffix.length())) {
				String name = first.substring(0, first.length() - suffix.length()).strip();
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

	private static String key(String text) {
		if (text.length() > 200) {
			return "";
		}
		String key = text.strip().toLowerCase(Locale.ROOT);
		return key.endsWith(".") ? key.substring(0, key.length() - 1).stripTrailing() : key;
	}

	private static Set<String> lowerCase(List<String> texts) {
		return texts.stream().map(text -> text.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	private static List<String> lowerCaseList(List<String> texts) {
		return texts.stream().map(text -> text.toLowerCase(Locale.ROOT)).toList();
	}
}
