package org.recordsassistant.nccc.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;

import org.recordsassistant.nccc.transfer.intake.ArchiveLimits;
import org.recordsassistant.nccc.transfer.intake.UploadRejectedException;
import org.recordsassistant.nccc.transfer.parse.ChatParseException;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.ParserOptions;

/**
 * Command line: {@code parse FILE [--locale en-GB] [--zone Europe/London]} writes the normalised conversation
 * JSON for a WhatsApp export ({@code .txt} or {@code .zip}) to standard output and a one-line count summary to
 * standard error. Exit status 0 on success, 1 when the file cannot be parsed or is refused, 2 for usage errors.
 * No Spring: the application's {@code main} can call {@link #run} before Spring starts.
 */
public final class ParseCommand {

	public static final int OK = 0;
	public static final int PARSE_FAILED = 1;
	public static final int USAGE = 2;

	static final String COMMAND = "parse";
	static final String LOCALE_OPTION = "--locale";
	static final String ZONE_OPTION = "--zone";
	static final String USAGE_TEXT = "usage: parse FILE [--locale en-GB] [--zone Europe/London]";
	private static final String TEMP_FOLDER = "nccc-parse";
	private static final int OUTPUT_BUFFER_BYTES = 1 << 16;

	private ParseCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the command; returns the exit status. Never calls {@code System.exit}. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length < 2 || !COMMAND.equals(args[0])) {
			err.println(USAGE_TEXT);
			return USAGE;
		}
		Path file = Path.of(args[1]);
		Locale locale = ParserOptions.DEFAULT_LOCALE;
		ZoneId zone = ParserOptions.DEFAULT_ZONE;
		for (int i = 2; i < args.length; i += 2) {
			if (i + 1 >= args.length) {
				err.println("missing value for " + args[i]);
				err.println(USAGE_TEXT);
				return USAGE;
			}
			String value = args[i + 1];
			switch (args[i]) {
				case LOCALE_OPTION -> {
					try {
						locale = new Locale.Builder().setLanguageTag(value).build();
					}
					catch (IllformedLocaleException ex) {
						err.println("not a locale: " + value);
						return USAGE;
					}
				}
				case ZONE_OPTION -> {
					try {
						zone = ZoneId.of(value);
					}
					catch (DateTimeException ex) {
						err.println("not a time zone: " + value);
						return USAGE;
					}
				}
				default -> {
					err.println("unknown option " + args[i]);
					err.println(USAGE_TEXT);
					return USAGE;
				}
			}
		}
		if (!Files.isRegularFile(file)) {
			err.println("no such file: " + file);
			return USAGE;
		}
		return convert(file, locale, zone, out, err);
	}

	private static int convert(Path file, Locale locale, ZoneId zone, PrintStream out, PrintStream err) {
		Path tempRoot = Path.of(System.getProperty("java.io.tmpdir"), TEMP_FOLDER);
		ChatExportConverter converter = new ChatExportConverter(tempRoot, ArchiveLimits.defaults());
		try {
			OutputStream buffered = new BufferedOutputStream(out, OUTPUT_BUFFER_BYTES);
			ParseSummary summary = converter.convert(file, file.getFileName().toString(), locale, zone, buffered);
			buffered.flush();
			out.println();
			out.flush();
			err.println("parsed: events=" + summary.stats().events() + " messages=" + summary.stats().messages()
					+ " systemEvents=" + summary.stats().systemEvents() + " participants="
					+ summary.participants().size() + " warnings=" + summary.warnings().size() + " dateOrder="
					+ summary.dateOrder().order() + (summary.dateOrder().ambiguous() ? " (ambiguous)" : ""));
			return OK;
		}
		catch (UploadRejectedException ex) {
			err.println("rejected (" + ex.reason() + "): " + ex.userMessage());
			return PARSE_FAILED;
		}
		catch (ChatParseException ex) {
			err.println("cannot parse (" + ex.problem() + "): " + ex.problem().userMessage());
			return PARSE_FAILED;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("cannot write the output: " + ex.getClass().getSimpleName());
			return PARSE_FAILED;
		}
	}
}
