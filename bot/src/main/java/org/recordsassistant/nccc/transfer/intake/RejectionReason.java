package org.recordsassistant.nccc.transfer.intake;

/** Why an upload was refused, with a message that can be shown to the person who sent it. */
public enum RejectionReason {
	/** The file has no bytes. */
	EMPTY_FILE("The file is empty. Export the chat again and send the new file."),
	/** A file presented as text holds binary data. */
	NOT_TEXT("The file is not a text file, although its name suggests one. Send the .txt or .zip file that "
			+ "WhatsApp's Export chat created."),
	/** The zip could not be read: cut short, damaged, or not a zip at all. */
	CORRUPT_ARCHIVE("The zip file is damaged or incomplete, so it cannot be opened. Export the chat again and send "
			+ "the new file."),
	/** More entries than the limit allows. */
	TOO_MANY_ENTRIES("The zip holds too many files to be a single chat export. Export one chat at a time."),
	/** The contents would unpack to more than the total limit. */
	TOO_LARGE("The zip unpacks to more data than we can accept. Export the chat without media, or in parts."),
	/** An entry unpacks to far more than its compressed size. */
	ZIP_BOMB("This zip looks like a zip bomb: a file inside it expands far beyond its compressed size. It has not "
			+ "been opened."),
	/** An entry name leaves the folder ({@code ..}), is absolute, or names a drive. */
	UNSAFE_PATH("The zip contains a file whose name points outside the zip (for example '../'). It has not been "
			+ "opened."),
	/** A symbolic link entry. */
	LINK_ENTRY("The zip contains a link to another location. Chat exports never do, so it has not been opened."),
	/** Two entries unpack to the same name. */
	DUPLICATE_ENTRY("The zip contains two files with the same name. Export the chat again and send the new file."),
	/** A password-protected entry. */
	ENCRYPTED("The zip is password-protected. Send the chat export without a password."),
	/** An entry uses a compression method we cannot read. */
	UNSUPPORTED_COMPRESSION("The zip uses a compression method we cannot read. Send the file exactly as WhatsApp "
			+ "exported it."),
	/** No chat text file in the zip. */
	NO_CHAT_TEXT("The zip has no chat text in it (_chat.txt or 'WhatsApp Chat with ... .txt'). Check that you "
			+ "exported a WhatsApp chat."),
	/** Several text files and none is clearly the chat. */
	AMBIGUOUS_CHAT_TEXT("The zip has several text files and it is not clear which one is the chat. Send one chat "
			+ "export at a time."),
	/** The file could not be read from storage. */
	UNREADABLE("The file could not be read. Try sending it again.");

	private final String userMessage;

	RejectionReason(String userMessage) {
		this.userMessage = userMessage;
	}

	/** A sentence suitable for the person who uploaded the file. */
	public String userMessage() {
		return userMessage;
	}
}
