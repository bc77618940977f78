package org.recordsassistant.nccc.transfer.parse;

/**
 * Thrown when a file cannot be read as a WhatsApp chat export at all. The parser throws nothing else for bad
 * input: lines it cannot make sense of are kept as continuation text and counted instead. The message never
 * contains text from the file, only the problem and, where useful, a line number.
 */
public class ChatParseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why the file could not be read; each carries a message that can be shown to the person who sent it. */
	public enum Problem {
		/** The file holds no bytes. */
		EMPTY("The chat file is empty. Export the chat again and send the new file."),
		/** NUL bytes or other binary content, including UTF-16 text without a byte-order mark. */
		NOT_TEXT("The chat file is not text. Send the .txt (or .zip) file that WhatsApp's Export chat created."),
		/** Bytes that are not valid UTF-8 (and no UTF-16 byte-order mark). */
		INVALID_ENCODING("The chat file is not in the UTF-8 text encoding WhatsApp uses. Send the file exactly as "
				+ "WhatsApp exported it, without opening and saving it in another program."),
		/** Text, but not one line starts with a WhatsApp date and time. */
		NO_MESSAGES("No WhatsApp messages were found in the file. Check that it is a chat exported with WhatsApp's "
				+ "Export chat."),
		/** The file could not be read from storage. */
		UNREADABLE("The chat file could not be read. Try sending it again.");

		private final String userMessage;

		Problem(String userMessage) {
			this.userMessage = userMessage;
		}

		/** A sentence suitable for the person who uploaded the file. */
		public String userMessage() {
			return userMessage;
		}
	}

	private final Problem problem;

	public ChatParseException(Problem problem, String detail) {
		super(problem.name() + ": " + detail);
		this.problem = problem;
	}

	public ChatParseException(Problem problem, String detail, Throwable cause) {
		super(problem.name() + ": " + detail, cause);
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
