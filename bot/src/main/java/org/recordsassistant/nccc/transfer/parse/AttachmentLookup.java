package org.recordsassistant.nccc.transfer.parse;

import java.util.Optional;

/** Finds a file referenced by a message among the files that came with the chat. */
@FunctionalInterface
public interface AttachmentLookup {

	/** A lookup for a chat that came without any files. */
	AttachmentLookup NONE = name -> Optional.empty();

	/**
	 * @param name the file name as written in the chat
	 * @return the file's details when it is present
	 */
	Optional<Attachment> find(String name);
}
