package org.recordsassistant.nccc.transfer.intake;

import java.util.Objects;

/**
 * An upload was refused before any of it was parsed. {@link #reason()} says why and carries the user-facing text;
 * the exception message adds technical detail (entry numbers and sizes, never names or content from the file).
 */
public class UploadRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final RejectionReason reason;

	public UploadRejectedException(RejectionReason reason, String detail) {
		super(reason.name() + ": " + detail);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	public UploadRejectedException(RejectionReason reason, String detail, Throwable cause) {
		super(reason.name() + ": " + detail, cause);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	public RejectionReason reason() {
		return reason;
	}

	/** The sentence to show the person who uploaded the file. */
	public String userMessage() {
		return reason.userMessage();
	}
}
