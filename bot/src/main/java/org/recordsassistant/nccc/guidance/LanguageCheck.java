package org.recordsassistant.nccc.guidance;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spots questions not written in English, so they get "I can only answer in English" rather than a
 * confident answer built on a borrowed word like "WhatsApp". Deliberately simple: common function
 * words of the languages UK staff are likeliest to use (Welsh, French, Polish, German, Spanish) and
 * non-Latin scripts. Words shared with English are left out of the lists.
 */
final class LanguageCheck {
	private static final Set<String> FOREIGN = Set.of(
			// Welsh
			"sut", "beth", "ydy", "ydw", "yw", "mae", "gallaf", "ga", "fy", "gyda", "ddefnyddio", "defnyddio",
			"negeseuon", "neges", "ffon", "cadw", "oes", "pwy", "pam", "rydw", "eich", "chi", "hwn", "hyn", "gan",
			"wrth", "diolch", "helo", "shwmae", "yr", "yn", "ar", "gwaith", "llywodraeth",
			// French
			"je", "est", "les", "des", "peux", "puis", "comment", "pour", "avec", "mes", "une", "du", "que",
			"vous", "suis", "quoi", "sur", "dans", "mon", "faut", "il", "nous", "bonjour", "merci", "pourquoi",
			"quand", "telephone", "gouvernement", "utiliser", "travail",
			// Polish
			"czy", "jak", "moge", "moje", "sie", "nie", "jest", "wiadomosci", "dzien", "dobry", "dziekuje",
			"prosze", "uzywac", "moj", "mam", "pracy", "telefonie", "rzadu",
			// German
			"ich", "kann", "wie", "und", "nicht", "mein", "meine", "ist", "das", "der", "die", "nachrichten",
			"darf", "arbeit", "benutzen",
			// Spanish
			"puedo", "mis", "usar", "el", "los", "las", "mensajes", "por", "trabajo", "gobierno");
	private static final Set<String> ENGLISH = Set.of("the", "is", "can", "i", "my", "how", "what", "do", "to",
			"a", "of", "for", "and", "it", "on", "be", "are", "with", "use", "about", "should", "does", "have",
			"messages", "work", "phone", "need", "if", "or", "when", "who", "why", "this", "that", "we", "you");
	private static final int MIN_FOREIGN_WORDS = 2;
	private static final int ASCII_END = 0x80;
	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private LanguageCheck() {
	}

	static boolean notEnglish(String text) {
		if (mostlyNonLatinLetters(text)) {
			return true;
		}
		int foreign = 0;
		int english = 0;
		for (String word : SmallTalk.normalise(fold(text)).split(" ")) {
			if (FOREIGN.contains(word)) {
				foreign++;
			}
			else if (ENGLISH.contains(word)) {
				english++;
			}
		}
		return foreign >= MIN_FOREIGN_WORDS && foreign > english;
	}

	private static boolean mostlyNonLatinLetters(String text) {
		int letters = 0;
		int nonLatin = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int codePoint = text.codePointAt(i);
			if (Character.isLetter(codePoint)) {
				letters++;
				if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.LATIN) {
					nonLatin++;
				}
			}
		}
		return letters > 0 && nonLatin * 2 > letters;
	}

	/** Drops accents and Polish/Welsh diacritics so "mogę" and "ffôn" match the lists. */
	private static String fold(String text) {
		if (text.chars().allMatch(c -> c < ASCII_END)) {
			// Most questions: plain ASCII has no accents, and normalising it on every turn showed in profiles.
			return text;
		}
		String decomposed = Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("");
	}
}
