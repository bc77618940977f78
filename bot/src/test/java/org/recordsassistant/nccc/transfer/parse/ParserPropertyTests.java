package org.recordsassistant.nccc.transfer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties over generated input (jqwik, which runs on the JUnit Platform 6 that Boot 4.1 brings): whatever bytes
 * arrive, the parser either succeeds or throws {@link ChatParseException}; and chats rendered in any supported
 * style parse back to the messages they were made from.
 */
class ParserPropertyTests {

	private static final String VALID_CHAT = "[14/03/2024, 09:05:12] Priya Shah: Can we confirm option B?\n"
			+ "14/03/2024, 09:07 - Tom Reed: IMG-20240314-WA0003.jpg (file attached)\nPhoto of the letter\n"
			+ "3/14/24, 9:05\u202FPM - Priya Shah: \u200E<attached: x.pdf>\n"
			+ "14.3.2024 klo 9.05 - Tom Reed: moi\n2024-03-14, 9:05 p. m. - Tom Reed: <Media omitted>\n";

	private static final String EMOJI = "\uD83E\uDD13";

	/** Characters that matter to the scanner, mixed with ordinary and awkward ones. */
	private static final String INTERESTING = "0123456789/.-:,[] apmAPM\u202F\u00A0\u200E\u200F\uFEFF\n\r\t\"<>()klo"
			+ "\u0000\uFFFD\uD83E\uDD13é";

	@Property(tries = 300)
	void randomBytesNeverEscapeAsOtherExceptions(@ForAll @Size(max = 2000) byte[] bytes) {
		assertOnlyChatParseException(bytes);
	}

	@Property(tries = 300)
	void mutatedValidChatsNeverEscapeAsOtherExceptions(@ForAll("mutations") String text) {
		assertOnlyChatParseException(text.getBytes(StandardCharsets.UTF_8));
	}

	@Property(tries = 20)
	void veryLongLinesAreKeptWhole(@ForAll @IntRange(min = 1, max = 3_000_000) int length) {
		String longText = "a:b-1/2 ".repeat(length / 8 + 1).substring(0, length);
		List<ChatMessage> messages = new ArrayList<>();
		new WhatsAppExportParser(ParserOptions.defaults()).parse(
				() -> new java.io.ByteArrayInputStream(
						("14/03/2024, 09:05 - Tom: " + longText + "\n").getBytes(StandardCharsets.UTF_8)),
				messages::add);
		assertThat(messages.stream().mapToInt(message -> message.text().length()).sum()).isEqualTo(length);
	}

	@Property(tries = 200)
	void renderedChatsParseBack(@ForAll("chats") List<Generated> chat, @ForAll("styles") Style style) {
		StringBuilder text = new StringBuilder();
		// A day above 12 first, so the date order is settled by the file whatever the style.
		Generated anchor = new Generated(LocalDateTime.of(2024, 3, 25, 10, 0), "Anchor", "settles the order");
		List<Generated> all = new ArrayList<>();
		all.add(anchor);
		all.addAll(chat);
		for (Generated message : all) {
			text.append(style.render(message)).append('\n');
		}
		List<ChatMessage> parsed = new ArrayList<>();
		ParseSummary summary = new WhatsAppExportParser(ParserOptions.defaults()).parse(
				() -> new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), parsed::add);
		assertThat(parsed).hasSize(all.size());
		for (int i = 0; i < all.size(); i++) {
			Generated expected = all.get(i);
			ChatMessage actual = parsed.get(i);
			assertThat(actual.localDateTime()).isEqualTo(style.precision(expected.time()));
			assertThat(actual.author()).isEqualTo(expected.author());
			assertThat(actual.text()).isEqualTo(expected.text());
		}
		assertThat(summary.stats().suspiciousLines()).isZero();
	}

	private static void assertOnlyChatParseException(byte[] bytes) {
		try {
			new WhatsAppExportParser(ParserOptions.defaults()).parse(() -> new java.io.ByteArrayInputStream(bytes),
					message -> {
					});
		}
		catch (ChatParseException expected) {
			// the one exception the parser may throw
		}
	}

	@Provide
	Arbitrary<String> mutations() {
		Arbitrary<Character> interesting = Arbitraries.of(INTERESTING.chars().mapToObj(c -> (char) c).toList());
		Arbitrary<Mutation> mutation = Combinators
			.combine(Arbitraries.integers().between(0, VALID_CHAT.length()), Arbitraries.integers().between(0, 2),
					interesting)
			.as(Mutation::new);
		return mutation.list().ofMaxSize(30).map(list -> {
			StringBuilder text = new StringBuilder(VALID_CHAT);
			for (Mutation m : list) {
				int at = Math.min(m.position(), text.length());
				switch (m.operation()) {
					case 0 -> text.insert(at, m.character());
					case 1 -> {
						if (at < text.length()) {
							text.deleteCharAt(at);
						}
					}
					default -> {
						if (at < text.length()) {
							text.setCharAt(at, m.character());
						}
					}
				}
			}
			return text.toString();
		});
	}

	@Provide
	Arbitrary<List<Generated>> chats() {
		Arbitrary<LocalDateTime> times = Combinators
			.combine(Arbitraries.integers().between(2000, 2099), Arbitraries.integers().between(1, 12),
					Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
					Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59))
			.as(LocalDateTime::of);
		Arbitrary<String> authors = Arbitraries.oneOf(
				Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzÀé -'.").ofMinLength(1).ofMaxLength(20)
					.map(name -> "N" + name.strip()),
				Arbitraries.strings().numeric().ofLength(10).map(number -> "+44 " + number));
		Arbitrary<String> lines = Arbitraries.strings()
			.withChars("abcdefghijklmnopqrstuvwxyz ABC:-/.,!?()\"'0123456789\u00A0#")
			.ofMaxLength(60)
			.map(line -> "w" + line.replace("#", EMOJI));
		Arbitrary<String> texts = lines.list().ofMinSize(1).ofMaxSize(4).map(list -> String.join("\n", list));
		return Combinators.combine(times, authors, texts).as(Generated::new).list().ofMaxSize(30);
	}

	@Provide
	Arbitrary<Style> styles() {
		return Arbitraries.of(Style.values());
	}

	record Mutation(int position, int operation, char character) {
	}

	record Generated(LocalDateTime time, String author, String text) {
	}

	/** The export styles of nccc-facts §14, with the precision each keeps. */
	enum Style {
		IOS_UK("'['dd/MM/yyyy, HH:mm:ss'] '", true),
		IOS_US("'['M/d/yy, h:mm:ss\u202Fa'] '", true),
		ANDROID_UK("dd/MM/yyyy, HH:mm - ", false),
		ANDROID_US("M/d/yy, h:mm a - ", false),
		ANDROID_DOTS("d.M.yyyy, HH.mm - ", false),
		ANDROID_DASHES("dd-MM-yy HH:mm:ss - ", true),
		ANDROID_YEAR_FIRST("yyyy/MM/dd, HH:mm - ", false),
		ANDROID_SPANISH("dd/MM/yyyy, h:mm a - ", false),
		FINNISH("d.M.yyyy 'klo' H.mm - ", false);

		private final DateTimeFormatter format;
		private final boolean seconds;

		Style(String pattern, boolean seconds) {
			this.format = DateTimeFormatter.ofPattern(pattern, Locale.US);
			this.seconds = seconds;
		}

		String render(Generated message) {
			String header = format.format(message.time());
			if (this == ANDROID_SPANISH) {
				header = header.replace("AM", "a.\u00A0m.").replace("PM", "p.\u00A0m.");
			}
			return header + message.author() + ": " + message.text();
		}

		LocalDateTime precision(LocalDateTime time) {
			return seconds ? time : time.withSecond(0);
		}
	}
}
