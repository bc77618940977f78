package org.recordsassistant.nccc.notification;

import java.time.Instant;

/**
 * One row of {@code iao_notification}: a thing an IAO must hear about, with its delivery and acknowledgement
 * state. User keys are Entra object ids.
 *
 * @param declarantKey who declared, filed or reported: "request information" goes to them; may be null
 * @param activityId the card's message id in the IAO's chat, to update it in place; null until sent in Teams
 */
record Notification(String id, NotificationKind kind, String subjectRef, int subjectVersion, String businessArea,
		boolean unrouted, String iaoKey, String deputyKey, String declarantKey, Summary summary,
		NotificationStatus status, DeliveryChannel channel, String conversationKey, String activityId, int attempts,
		Instant nextAttemptAt, Instant createdAt, Instant sentAt, String acknowledgedBy, Instant acknowledgedAt,
		int remindersSent, Instant lastReminderAt, Instant escalatedAt) {

	boolean hasDeputy() {
		return deputyKey != null && !deputyKey.isBlank();
	}

	/** Whether this person may act on it: the IAO or the deputy it was routed to. */
	boolean ownedBy(String userKey) {
		return userKey != null && (userKey.equals(iaoKey) || hasDeputy() && userKey.equals(deputyKey));
	}

	boolean acknowledged() {
		return status == NotificationStatus.ACKNOWLEDGED;
	}

	/** A notification about to be queued: what the listeners know. */
	record New(NotificationKind kind, String subjectRef, int subjectVersion, String businessArea, boolean unrouted,
			String iaoKey, String deputyKey, String declarantKey, Summary summary) {
	}
}
