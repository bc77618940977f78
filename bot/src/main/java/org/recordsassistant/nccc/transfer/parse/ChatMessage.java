package org.recordsassistant.nccc.transfer.parse;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One message or event from a chat export.
 *
 * @param index 0-based position in the export
 * @param line 1-based line of the file where the message starts
 * @param localDateTime the date and time exactly as written (exports carry no zone)
 * @param timestamp the same instant with the offset of the chosen zone at that date
 * @param author who wrote it; null for system events
 * @param chatLabel on iPhone, system events carry the chat or group name where the author would be: kept here;
 *     otherwise null
 * @param text the text, over several lines when the message had line breaks; invisible direction marks and the
 *     "edited" marker removed, everything else as written (attachment and placeholder text included)
 * @param kind what it records
 * @param attachments files it refers to, in order
 * @param flags facts a reviewer may need (deleted, edited, ...)
 */
public record ChatMessage(long index, long line, LocalDateTime localDateTime, OffsetDateTime timestamp,
		String author, String chatLabel, String text, MessageKind kind, List<Attachment> attachments,
		Set<MessageFlag> flags) {

	public ChatMessage {
		Objects.requireNonNull(localDateTime, "localDateTime");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(kind, "kind");
		attachments = List.copyOf(attachments);
		flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
	}

	/** Whether the message carries the flag. */
	public boolean has(MessageFlag flag) {
		return flags.contains(flag);
	}
}
