package org.recordsassistant.nccc.transfer.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;


/**
 * Throughput of the parser against a plain {@code BufferedReader.readLine} loop over the same generated file, in
 * the same JVM run. Not a test: run it by hand (see docs/normalised-conversation.md, "Benchmark").
 *
 * <p>Arguments: size in MB (default 200), rounds (default 5). Each round times the three loops one after the other,
 * so a busy machine slows them alike; the best time of each over the rounds counts (the first round warms up).
 */
public final class ParserBenchmark {

	private static final long MEGABYTE = 1024L * 1024;
	private static final int DEFAULT_MEGABYTES = 200;
	private static final int DEFAULT_ROUNDS = 5;
	private static final long SEED = 20240314L;

	private ParserBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		long megabytes = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_MEGABYTES;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUNDS;
		Path file = Files.createTempFile("nccc-benchmark-", ".txt");
		try {
			SyntheticExport.Written written = SyntheticExport.write(file, megabytes * MEGABYTE, SEED);
			double size = written.bytes() / (double) MEGABYTE;
			System.out.printf(Locale.ROOT, "file: %.1f MB, %d messages, JVM %s, %d cores%n", size, written.messages(),
					System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
			double readLine = Double.MAX_VALUE;
			double parser = Double.MAX_VALUE;
			double json = Double.MAX_VALUE;
			List<Double> ratios = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				double readLineRound = time(() -> readLines(file));
				double parserRound = time(() -> parse(file));
				double jsonRound = time(() -> writeJson(file));
				System.out.printf(Locale.ROOT, "round %d: readLine %.3f s, parser %.3f s, parser+JSON %.3f s, ratio %.2f%n",
						round + 1, readLineRound, parserRound, jsonRound, readLineRound / parserRound);
				if (round > 0 || rounds == 1) {
					ratios.add(readLineRound / parserRound);
					readLine = Math.min(readLine, readLineRound);
					parser = Math.min(parser, parserRound);
					json = Math.min(json, jsonRound);
				}
			}
			report("BufferedReader.readLine", size, written.messages(), readLine);
			report("WhatsAppExportParser", size, written.messages(), parser);
			report("parser + JSON writer", size, written.messages(), json);
			System.out.printf(Locale.ROOT, "ratio parser/readLine: %.2f best against best, %.2f median of rounds (goal >= 0.5)%n",
					readLine / parser, median(ratios));
			System.out.printf(Locale.ROOT, "ratio parser+JSON/readLine: %.2f%n", readLine / json);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private interface Run {
		long go() throws IOException;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double time(Run run) throws IOException {
		long start = System.nanoTime();
		run.go();
		return (System.nanoTime() - start) / 1e9;
	}

	private static void report(String what, double megabytes, long messages, double seconds) {
		System.out.printf(Locale.ROOT, "%-24s %7.3f s %8.1f MB/s %12.0f messages/s%n", what, seconds,
				megabytes / seconds, messages / seconds);
	}

	private static long readLines(Path file) throws IOException {
		long lines = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			while (reader.readLine() != null) {
				lines++;
			}
		}
		return lines;
	}

	private static long parse(Path file) {
		long[] count = { 0 };
		new WhatsAppExportParser(ParserOptions.defaults()).parse(file, message -> count[0]++);
		return count[0];
	}

	private static long writeJson(Path file) {
		SourceInfo source = new SourceInfo(file.getFileName().toString(), null, "0".repeat(64), 0);
		ConversationJsonWriter writer = new ConversationJsonWriter(OutputStream.nullOutputStream(), source,
				ParserOptions.DEFAULT_ZONE);
		writer.finish(new WhatsAppExportParser(ParserOptions.defaults()).parse(file, writer));
		return 0;
	}

}
