package org.recordsassistant.nccc.notification;

/**
 * Where a notification stands: {@code QUEUED} until it reaches the IAO in Teams or by email, then {@code SENT}
 * until the IAO (or deputy) acknowledges it. {@code FAILED} when neither channel could take it.
 */
enum NotificationStatus {
	QUEUED,
	SENT,
	ACKNOWLEDGED,
	FAILED
}
