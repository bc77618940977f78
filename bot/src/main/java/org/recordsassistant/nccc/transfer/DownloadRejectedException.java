package org.recordsassistant.nccc.transfer;

/** A file could not be taken in, for a reason the user can act on. */
final class DownloadRejectedException extends RuntimeException {

	enum Reason {
		TOO_LARGE("That file is larger than I can accept. Export the chat without media, or split it, and send it again."),
		EMPTY("That file is empty (0 bytes). Please export the chat again and send the new file."),
		UNAVAILABLE("I couldn't fetch that file from Teams. The link may have expired: please send the file again."),
		TIMED_OUT("Fetching that file took too long, so I stopped. Please try again, or export without media for a smaller file."),
		BAD_LINK("That attachment had no link I can safely fetch. Please send the file again using the paperclip button.");

		private final String userMessage;

		Reason(String userMessage) {
			this.userMessage = userMessage;
		}

		String userMessage() {
			return userMessage;
		}
	}

	private final Reason reason;

	DownloadRejectedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}
}
