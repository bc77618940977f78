package org.recordsassistant.nccc.transfer;

/** Where a transfer is. Stored by name in {@code transfer_job.status}: rename with a migration only. */
public enum TransferStatus {
	/** Created; the file is being downloaded or read. */
	RECEIVED,
	/** The preview card was sent; waiting for confirm or cancel. Nothing is filed in this state. */
	PREVIEWED,
	/** Confirmed by the person who sent it; {@link FilingRequested} was published. */
	CONFIRMED,
	/** Filed into the records library (set by the filing worker). */
	FILED,
	/** Cancelled by the person who sent it; the job folder was deleted. */
	CANCELLED,
	/** Not confirmed within {@code nccc.transfer.preview-retention}; the job folder was deleted. */
	EXPIRED,
	/** Refused (too large, unsafe zip, unreadable...); the job folder was deleted. */
	REJECTED,
	/** Something went wrong on our side; the job folder was deleted or filing gave up. */
	FAILED
}
