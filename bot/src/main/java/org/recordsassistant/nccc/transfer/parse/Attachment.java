package org.recordsassistant.nccc.transfer.parse;

import java.util.Objects;

/**
 * A file a message refers to.
 *
 * @param name the file name as written in the chat
 * @param present whether the file was found next to the chat text (in the zip)
 * @param size its size in bytes, or null when not present
 * @param sha256 its SHA-256 as lower-case hex, or null when not present
 */
public record Attachment(String name, boolean present, Long size, String sha256) {

	public Attachment {
		Objects.requireNonNull(name, "name");
	}

	/** An attachment the export refers to but did not include. */
	public static Attachment missing(String name) {
		return new Attachment(name, false, null, null);
	}
}
