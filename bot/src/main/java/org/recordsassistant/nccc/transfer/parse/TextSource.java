package org.recordsassistant.nccc.transfer.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the chat text afresh; the parser reads it twice (date statistics, then messages). */
@FunctionalInterface
public interface TextSource {

	/** A new stream over the raw bytes of the chat text, from the start. */
	InputStream open() throws IOException;

	/** The bytes of a file. */
	static TextSource of(Path file) {
		return () -> Files.newInputStream(file);
	}
}
