package org.recordsassistant.nccc.transfer.filing;

/**
 * A row kind in {@code transfer_filing_step}, stored by name: rename with a migration only. The work steps run in
 * this order; a rerun skips those already done.
 */
enum FilingStep {
	/** One filing attempt: its claim, heartbeat and outcome. */
	ATTEMPT,
	/** The record package (transcript, manifest, hashes) is built in the job folder. */
	PACKAGED,
	/** The library holds every file of the package. */
	UPLOADED,
	/** Every file's hash in the library matches ours. */
	VERIFIED,
	/** The transfer is FILED, the declaration linked and {@code RecordFiled} published, in one transaction. */
	MARKED_FILED,
	/** The receipt card reached the user. */
	RECEIPT_SENT,
	/** The job folder is deleted. */
	CLEANED,
	/** Notice: the user was told a large upload is being filed. */
	USER_TOLD_STARTED,
	/** Notice: the user was told filing is delayed and the records team knows. */
	USER_TOLD_DELAYED,
	/** Notice: operators were alerted after repeated failures. */
	OPERATORS_ALERTED,
	/** Notice: the user was told why filing stopped and what they can do. */
	USER_TOLD_FAILED
}
