package org.recordsassistant.nccc.transfer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Generated input from a seeded {@link Random} (the seed is the repetition number plus a per-test base, and is in
 * every failure message, so a failure can be replayed): whatever bytes arrive, the parser either succeeds or throws
 * {@link ChatParseException}; and chats rendered in any supported style parse back to the messages they were made
 * from. Plain JUnit rather than jqwik: see the report on branch {@code parser}.
 */
class ParserFuzzTests {

	private static final String VALID_CHAT = "[14/03/2024, 09:05:12] Priya Shah: Can we confirm option B?\n"
			+ "14/03/2024, 09:07 - Tom Reed: IMG-20240314-WA0003.jpg (file attached)\nPhoto of the letter\n"
			+ "3/14/24, 9:05\u202FPM - Priya Shah: \u200E<attached: x.pdf>\n"
			+ "14.3.2024 klo 9.05 - Tom Reed: moi\n2024-03-14, 9:05 p. m. - Tom Reed: <Media omitted>\n";

	/** Characters that matter to the scanner, mixed with ordinary and awkward ones (lone surrogates included). */
	private static final String INTERESTING = "0123456789/.-:,[] apmAPM\u202F\u00A0\u200E\u200F\uFEFF\n\r\t\"<>()klo"
			+ "\u0000\uFFFD\uD83E\uDD13é";
	private static final String EMOJI = "\uD83E\uDD13";
	private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzÀé -'.";
	private static final String TEXT_CHARS = "abcdefghijklmnopqrstuvwxyz ABC:-/.,!?()\"'0123456789\u00A0#";
	private static final int MAX_RANDOM_BYTES = 2000;
	private static final int MAX_MUTATIONS = 30;
	private static final int MAX_LONG_LINE = 3_000_000;
	private static final int MAX_CHAT_MESSAGES = 30;

	@RepeatedTest(300)
	void randomBytesNeverEscapeAsOtherExceptions(RepetitionInfo repetition) {
		Random random = new Random(seed(1, repetition));
		byte[] bytes = new byte[random.nextInt(MAX_RANDOM_BYTES + 1)];
		random.nextBytes(bytes);
		assertOnlyChatParseException(bytes, seed(1, repetition));
	}

	@RepeatedTest(300)
	void randomInterestingTextNeverEscapesAsOtherExceptions(RepetitionInfo repetition) {
		Random random = new Random(seed(2, repetition));
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(MAX_RANDOM_BYTES);
		for (int i = 0; i < length; i++) {
			text.append(INTERESTING.charAt(random.nextInt(INTERESTING.length())));
		}
		assertOnlyChatParseException(text.toString().getBytes(StandardCharsets.UTF_8), seed(2, repetition));
	}

	@RepeatedTest(300)
	void mutatedValidChatsNeverEscapeAsOtherExceptions(RepetitionInfo repetition) {
		Random random = new Random(seed(3, repetition));
		StringBuilder text = new StringBuilder(VALID_CHAT);
		int mutations = random.nextInt(MAX_MUTATIONS + 1);
		for (int i = 0; i < mutations; i++) {
			int at = random.nextInt(text.length() + 1);
			char c = INTERESTING.charAt(random.nextInt(INTERESTING.length()));
			switch (random.nextInt(3)) {
				case 0 -> text.insert(at, c);
				case 1 -> {
					if (at < text.length()) {
						text.deleteCharAt(at);
					}
				}
				default -> {
					if (at < text.length()) {
						text.setCharAt(at, c);
					}
				}
			}
		}
		assertOnlyChatParseException(text.toString().getBytes(StandardCharsets.UTF_8), seed(3, repetition));
	}

	@RepeatedTest(12)
	void veryLongLinesAreKeptWhole(RepetitionInfo repetition) {
		Random random = new Random(seed(4, repetition));
		int length = 1 + random.nextInt(MAX_LONG_LINE);
		String longText = "a:b-1/2 ".repeat(length / 8 + 1).substring(0, length);
		List<ChatMessage> messages = new ArrayList<>();
		new WhatsAppExportParser(ParserOptions.defaults()).parse(() -> new ByteArrayInputStream(
				("14/03/2024, 09:05 - Tom: " + longText + "\n").getBytes(StandardCharsets.UTF_8)), messages::add);
		assertThat(messages.stream().mapToInt(message -> message.text().length()).sum())
			.as("seed %d", seed(4, repetition))
			.isEqualTo(length);
	}

	@RepeatedTest(200)
	void renderedChatsParseBack(RepetitionInfo repetition) {
		long seed = seed(5, repetition);
		Random random = new Random(seed);
		Style style = Style.values()[random.nextInt(Style.values().length)];
		List<Generated> all = new ArrayList<>();
		// A day above 12 first, so the date order is settled by the file whatever the style.
		all.add(new Generated(LocalDateTime.of(2024, 3, 25, 10, 0), "Anchor", "settles the order"));
		int count = random.nextInt(MAX_CHAT_MESSAGES + 1);
		for (int i = 0; i < count; i++) {
			all.add(generate(random));
		}
		StringBuilder text = new StringBuilder();
		for (Generated message : all) {
			text.append(style.render(message)).append('\n');
		}
		List<ChatMessage> parsed = new ArrayList<>();
		ParseSummary summary = new WhatsAppExportParser(ParserOptions.defaults()).parse(
				() -> new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), parsed::add);
		assertThat(parsed).as("seed %d, style %s", seed, style).hasSize(all.size());
		for (int i = 0; i < all.size(); i++) {
			Generated expected = all.get(i);
			ChatMessage actual = parsed.get(i);
			String where = "seed " + seed + ", style " + style + ", message " + i;
			assertThat(actual.localDateTime()).as(where).isEqualTo(style.precision(expected.time()));
			assertThat(actual.author()).as(where).isEqualTo(expected.author());
			assertThat(actual.text()).as(where).isEqualTo(expected.text());
		}
		assertThat(summary.stats().suspiciousLines()).as("seed %d", seed).isZero();
	}

	private static long seed(int test, RepetitionInfo repetition) {
		return test * 1_000_000L + repetition.getCurrentRepetition();
	}

	private static void assertOnlyChatParseException(byte[] bytes, long seed) {
		try {
			new WhatsAppExportParser(ParserOptions.defaults()).parse(() -> new ByteArrayInputStream(bytes),
					message -> {
					});
		}
		catch (ChatParseException expected) {
			// the one exception the parser may throw
		}
		catch (RuntimeException | Error unexpected) {
			throw new AssertionError("seed " + seed + " made the parser throw " + unexpected, unexpected);
		}
	}

	private static Generated generate(Random random) {
		LocalDateTime time = LocalDateTime.of(2000 + random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28),
				random.nextInt(24), random.nextInt(60), random.nextInt(60));
		String author = random.nextBoolean() ? "N" + chars(random, NAME_CHARS, 20).strip()
				: "+44 " + (1_000_000_000L + (long) (random.nextDouble() * 8_999_999_999L));
		int lines = 1 + random.nextInt(4);
		List<String> text = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			text.add("w" + chars(random, TEXT_CHARS, 60).replace("#", EMOJI));
		}
		return new Generated(time, author, String.join("\n", text));
	}

	private static String chars(Random random, String alphabet, int maxLength) {
		int length = random.nextInt(maxLength + 1);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
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
