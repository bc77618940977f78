package org.recordsassistant.nccc.transfer.parse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a large, realistic Android export (UK dates, multi-line messages, system lines, media placeholders)
 * straight to disk, so tests and the benchmark never hold it in memory. Seeded, so runs are comparable.
 */
final class SyntheticExport {

	private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
	private static final String[] AUTHORS = { "Priya Shah", "Tom Reed", "+44 7700 900123", "Ana María López",
			"Jürgen Groß", "\uD83E\uDD13 Sam" };
	private static final String[] WORDS = { "option", "B", "minister's", "office", "draft", "note", "11:00", "agreed",
			"policy", "ports", "review", "the", "a", "to", "and", "—", "£250", "can", "we", "confirm", "tomorrow" };
	private static final String[] PLACEHOLDERS = { "<Media omitted>", "This message was deleted",
			"IMG-20240314-WA0003.jpg (file attached)", "Missed voice call" };

	/** How many messages were written. */
	record Written(long messages, long bytes) {
	}

	private SyntheticExport() {
	}

	static Written write(Path file, long targetBytes, long seed) throws IOException {
		Random random = new Random(seed);
		LocalDateTime time = LocalDateTime.of(2015, 1, 13, 8, 0);
		long messages = 0;
		long bytes = 0;
		StringBuilder line = new StringBuilder(512);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			while (bytes < targetBytes) {
				line.setLength(0);
				time = time.plusSeconds(random.nextInt(600));
				line.append(HEADER.format(time)).append(" - ");
				int roll = random.nextInt(100);
				if (roll == 0) {
					line.append(AUTHORS[random.nextInt(AUTHORS.length)]).append(" added Tom Reed");
				}
				else {
					line.append(AUTHORS[random.nextInt(AUTHORS.length)]).append(": ");
					if (roll < 5) {
						line.append(PLACEHOLDERS[random.nextInt(PLACEHOLDERS.length)]);
					}
					else {
						appendWords(line, random, 3 + random.nextInt(25));
						if (roll > 90) {
							line.append('\n');
							appendWords(line, random, 1 + random.nextInt(12));
						}
					}
				}
				line.append('\n');
				out.append(line);
				bytes += line.length();
				messages++;
			}
		}
		return new Written(messages, Files.size(file));
	}

	private static void appendWords(StringBuilder line, Random random, int count) {
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				line.append(' ');
			}
			line.append(WORDS[random.nextInt(WORDS.length)]);
		}
	}
}
