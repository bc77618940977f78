package org.recordsassistant.nccc.transfer.filing;

/**
 * Told where the filing worker has got to. The app has none; the crash tests provide one that kills the filing
 * at a chosen point, to prove that a restart completes the record exactly once.
 */
interface FilingCheckpoint {
	/** Does nothing. */
	FilingCheckpoint NONE = (transferId, step) -> {
	};

	/**
	 * A step's work is done and its row is about to be committed, in the same transaction as the step's own
	 * database changes: whatever is thrown here rolls both back.
	 */
	void afterWork(String transferId, FilingStep step);

	/** Part of a file has been sent to the records library. */
	default void uploading(String transferId, int fileIndex, long bytesSent) {
	}
}
