package org.recordsassistant.nccc.notification;

/** What an IAO is told about; stored in {@code iao_notification.kind}. */
enum NotificationKind {
	DECLARATION_SUBMITTED,
	DECLARATION_AMENDED,
	RECORD_FILED,
	SECRET_REPORTED
}
