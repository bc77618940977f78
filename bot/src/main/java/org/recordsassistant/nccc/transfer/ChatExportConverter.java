package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.recordsassistant.nccc.transfer.intake.ArchiveLimits;
import org.recordsassistant.nccc.transfer.intake.ChatWorkspace;
import org.recordsassistant.nccc.transfer.intake.UploadRejectedException;
import org.recordsassistant.nccc.transfer.parse.ChatParseException;
import org.recordsassistant.nccc.transfer.parse.ConversationJsonWriter;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.recordsassistant.nccc.transfer.parse.ParserOptions;
import org.recordsassistant.nccc.transfer.parse.SourceInfo;
import org.recordsassistant.nccc.transfer.parse.WhatsAppExportParser;

/**
 * Turns an uploaded WhatsApp export ({@code .txt} or {@code .zip}) into the normalised conversation JSON and
 * returns the summary for a preview card. Opens zips safely in a job folder under {@code tempRoot}, which is
 * removed before this returns. Plain Java: the bot wraps it in its service; the CLI uses it directly.
 *
 * <p>The JSON is streamed while parsing. If parsing fails part-way (for example invalid UTF-8 near the end) the
 * output is incomplete: write to a temporary file and discard it when this throws.
 */
public final class ChatExportConverter {

	private final Path tempRoot;
	private final ArchiveLimits limits;

	public ChatExportConverter(Path tempRoot, ArchiveLimits limits) {
		this.tempRoot = Objects.requireNonNull(tempRoot, "tempRoot");
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * Parses the upload and writes the normalised JSON to {@code json} (flushed, not closed).
	 *
	 * @param upload the uploaded file
	 * @param fileName the name the user gave it, recorded in {@code source.fileName}
	 * @param locale the user's locale, deciding day/month order when the file does not
	 * @param zone the zone the phone was in
	 * @return the summary: participants, counts, date order and warnings for the preview
	 * @throws UploadRejectedException when the upload is refused before parsing (reason and user message inside)
	 * @throws ChatParseException when the chat text cannot be read as a WhatsApp export
	 */
	public ParseSummary convert(Path upload, String fileName, Locale locale, ZoneId zone, OutputStream json) {
		SourceInfo partial = describe(upload, fileName);
		try (ChatWorkspace workspace = ChatWorkspace.open(upload, tempRoot, limits)) {
			SourceInfo source = new SourceInfo(partial.fileName(), workspace.chatEntry(), partial.sha256(),
					partial.size());
			ParserOptions options = new ParserOptions(locale, zone, workspace.attachments());
			ConversationJsonWriter writer = new ConversationJsonWriter(json, source, zone);
			ParseSummary summary = new WhatsAppExportParser(options).parse(workspace.chatText(), writer);
			writer.finish(summary);
			return summary;
		}
	}

	private static SourceInfo describe(Path upload, String fileName) {
		try {
			return new SourceInfo(fileName, null, ChatWorkspace.sha256(upload), Files.size(upload));
		}
		catch (IOException | UncheckedIOException ex) {
			throw new UploadRejectedException(org.recordsassistant.nccc.transfer.intake.RejectionReason.UNREADABLE,
					"cannot read the upload", ex);
		}
	}
}
