package org.recordsassistant.nccc.transfer.parse;

/**
 * Something about the export a reviewer should know. Never contains text from the chat.
 *
 * @param code stable identifier, e.g. {@code MISSING_ATTACHMENTS}
 * @param count how many times it occurred (1 for file-level warnings)
 * @param message a sentence for the user
 */
public record ParseWarning(String code, long count, String message) {
}
