package org.recordsassistant.nccc.transfer.parse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.recordsassistant.nccc.testing.SharedFolder;

/** Test helpers: parse text or a shared sample and keep the messages in a list. */
public final class Parsing {


	private Parsing() {
	}

	record Parsed(List<ChatMessage> messages, ParseSummary summary) {

		ChatMessage first() {
			return messages.get(0);
		}

		ChatMessage last() {
			return messages.get(messages.size() - 1);
		}
	}

	static Parsed parse(String text) {
		return parse(text.getBytes(StandardCharsets.UTF_8), ParserOptions.defaults());
	}

	static Parsed parse(String text, Locale locale) {
		return parse(text.getBytes(StandardCharsets.UTF_8), ParserOptions.defaults().withLocale(locale));
	}

	static Parsed parse(byte[] bytes, ParserOptions options) {
		List<ChatMessage> messages = new ArrayList<>();
		ParseSummary summary = new WhatsAppExportParser(options).parse(() -> new ByteArrayInputStream(bytes),
				messages::add);
		return new Parsed(messages, summary);
	}

	static Parsed parseSample(String fileName, ParserOptions options) {
		List<ChatMessage> messages = new ArrayList<>();
		ParseSummary summary = new WhatsAppExportParser(options).parse(sample(fileName), messages::add);
		return new Parsed(messages, summary);
	}

	/** A public sample from the shared folder, found by walking up from the working directory. */
	public static Path sample(String fileName) {
		Path file = samplesFolder().resolve(fileName);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Sample missing: " + file);
		}
		return file;
	}

	static Path samplesFolder() {
		return SharedFolder.whatsappSamples();
	}
}
