package org.recordsassistant.nccc.transfer.parse;

import java.util.Objects;

/**
 * Where a normalised conversation came from.
 *
 * @param fileName the name of the file the user uploaded
 * @param chatEntry inside a zip, the name of the chat text entry (e.g. {@code _chat.txt}); null for a plain text file
 * @param sha256 SHA-256 of the uploaded file's bytes, lower-case hex
 * @param size size of the uploaded file in bytes
 */
public record SourceInfo(String fileName, String chatEntry, String sha256, long size) {

	public SourceInfo {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(sha256, "sha256");
	}
}
