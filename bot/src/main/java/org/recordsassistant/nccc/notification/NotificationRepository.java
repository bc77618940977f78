package org.recordsassistant.nccc.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox and its audit trail ({@code iao_notification}, {@code iao_notification_action}), shared by every
 * instance. Each state change is a compare-and-set on the row, so two instances never deliver, remind or
 * escalate the same notification twice: a worker claims due rows by writing its claim token and lease, and
 * only the holder of a live claim can mark the row sent.
 */
final class NotificationRepository {
	private static final String COLUMNS = "id, kind, subject_ref, subject_version, business_area, unrouted, iao_key, "
			+ "deputy_key, declarant_key, summary_json, status, channel, conversation_key, activity_id, attempts, "
			+ "next_attempt_at, created_at, sent_at, acknowledged_by, acknowledged_at, reminders_sent, "
			+ "last_reminder_at, escalated_at";
	private static final int MAX_ERROR_CHARS = 200;

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a notification, due now. A replayed event finds its row and queues nothing; two replays racing on
	 * two instances make one insert fail, and the event registry retries that listener, which then finds the row.
	 *
	 * @return the new notification's id, or empty when it was queued before
	 */
	Optional<String> queue(Notification.New notice, Instant now) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM iao_notification WHERE kind = ? AND subject_ref = ? "
				+ "AND subject_version = ?").params(notice.kind().name(), notice.subjectRef(), notice.subjectVersion())
				.query(Integer.class).single() > 0;
		if (exists) {
			return Optional.empty();
		}
		String id = UUID.randomUUID().toString();
		jdbc.sql("INSERT INTO iao_notification (id, kind, subject_ref, subject_version, business_area, unrouted, "
				+ "iao_key, deputy_key, declarant_key, summary_json, status, attempts, next_attempt_at, created_at, "
				+ "reminders_sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, 0)")
				.params(id, notice.kind().name(), notice.subjectRef(), notice.subjectVersion(), notice.businessArea(),
						notice.unrouted(), notice.iaoKey(), blankToNull(notice.deputyKey()),
						blankToNull(notice.declarantKey()), notice.summary().toJson(), at(now), at(now))
				.update();
		return Optional.of(id);
	}

	/**
	 * Claims due notifications for one delivery round: at most {@code perConversation} for each IAO (oldest
	 * first, so a busy IAO cannot starve the others) and {@code limit} in all.
	 *
	 * @param token this round's claim token; the rows carry it until they are marked or released
	 */
	List<Notification> claimDue(Instant now, int perConversation, int limit, String token, Instant leaseUntil) {
		List<String> ids = jdbc.sql("SELECT id FROM (SELECT id, next_attempt_at, created_at, ROW_NUMBER() OVER "
				+ "(PARTITION BY iao_key ORDER BY next_attempt_at, created_at) AS place FROM iao_notification "
				+ "WHERE status = 'QUEUED' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)"
				+ ") due WHERE place <= :perConversation ORDER BY next_attempt_at, created_at FETCH FIRST " + limit
				+ " ROWS ONLY").param("now", at(now)).param("perConversation", perConversation).query(String.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("UPDATE iao_notification SET claimed_by = :token, claimed_until = :lease WHERE id IN (:ids) "
				+ "AND status = 'QUEUED' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)")
				.param("token", token).param("lease", at(leaseUntil)).param("ids", ids).param("now", at(now)).update();
		return jdbc.sql("SELECT " + COLUMNS + " FROM iao_notification WHERE claimed_by = ? AND status = 'QUEUED' "
				+ "ORDER BY next_attempt_at, created_at").param(token).query(NotificationRepository::row).list();
	}

	/** @return false when the claim was lost (lease expired and another instance took the row) */
	boolean markSent(String id, String token, DeliveryChannel channel, String conversationKey, String activityId,
			Instant now) {
		return jdbc.sql("UPDATE iao_notification SET status = 'SENT', channel = ?, conversation_key = ?, activity_id = ?, "
				+ "sent_at = ?, attempts = attempts + 1, last_error = NULL, claimed_by = NULL, claimed_until = NULL "
				+ "WHERE id = ? AND claimed_by = ? AND status = 'QUEUED'")
				.params(channel.name(), conversationKey, activityId, at(now), id, token).update() == 1;
	}

	/** A failed attempt: counted, and tried again at {@code next} (by email when {@code channel} says so). */
	void retryLater(String id, String token, Instant next, String error, DeliveryChannel channel) {
		jdbc.sql("UPDATE iao_notification SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, channel = ?, "
				+ "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND status = 'QUEUED'")
				.params(at(next), abbreviate(error), channel == null ? null : channel.name(), id, token).update();
	}

	/** Gives a claimed row back untouched, due at {@code next}: it was not attempted (the conversation was busy). */
	void release(String id, String token, Instant next) {
		release(List.of(id), token, next);
	}

	/** Gives back claimed notifications still queued, to be tried from {@code next}; one statement for them all. */
	void release(List<String> ids, String token, Instant next) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE iao_notification SET next_attempt_at = :next, claimed_by = NULL, claimed_until = NULL "
				+ "WHERE id IN (:ids) AND claimed_by = :token AND status = 'QUEUED'")
				.param("next", at(next)).param("ids", ids).param("token", token).update();
	}

	void markFailed(String id, String token, String error) {
		jdbc.sql("UPDATE iao_notification SET status = 'FAILED', attempts = attempts + 1, last_error = ?, "
				+ "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND status = 'QUEUED'")
				.params(abbreviate(error), id, token).update();
	}

	/** Holds back this IAO's other queued notifications until {@code notBefore}: their chat is at its rate limit. */
	void deferConversation(String iaoKey, Instant notBefore, Instant now) {
		jdbc.sql("UPDATE iao_notification SET next_attempt_at = ? WHERE iao_key = ? AND status = 'QUEUED' "
				+ "AND next_attempt_at < ? AND (claimed_until IS NULL OR claimed_until < ?)")
				.params(at(notBefore), iaoKey, at(notBefore), at(now)).update();
	}

	/** When the next queued notification falls due, if any is queued. */
	/**
	 * When a queued notification can next be claimed: a row another instance holds counts from the end of its
	 * lease, or an idle instance would wake every few milliseconds while someone else delivers.
	 */
	Optional<Instant> nextDue() {
		return jdbc.sql("SELECT MIN(CASE WHEN claimed_until > next_attempt_at THEN claimed_until ELSE next_attempt_at "
				+ "END) FROM iao_notification WHERE status = 'QUEUED'")
				.query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single();
	}

	Optional<Notification> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM iao_notification WHERE id = ?").param(id)
				.query(NotificationRepository::row).optional();
	}

	/** @return false when it was not waiting for acknowledgement (acknowledged already, or never delivered) */
	boolean acknowledge(String id, String actorKey, Instant now) {
		return jdbc.sql("UPDATE iao_notification SET status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ? "
				+ "WHERE id = ? AND status = 'SENT'").params(actorKey, at(now), id).update() == 1;
	}

	/** Appends to the audit trail; {@code actionId} is the click's own id, so a replayed click is stored once. */
	void recordAction(String actionId, String notificationId, String action, String actorKey, String comment,
			Instant now) {
		jdbc.sql("INSERT INTO iao_notification_action (id, notification_id, action, actor_key, comment, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)").params(actionId, notificationId, action, actorKey, comment, at(now)).update();
	}

	boolean actionExists(String actionId) {
		return jdbc.sql("SELECT COUNT(*) FROM iao_notification_action WHERE id = ?").param(actionId)
				.query(Integer.class).single() > 0;
	}

	/** The latest action of this kind on a notification: who and when, for the card. */
	Optional<Action> latestAction(String notificationId, String action) {
		return jdbc.sql("SELECT actor_key, created_at FROM iao_notification_action WHERE notification_id = ? "
				+ "AND action = ? ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY").params(notificationId, action)
				.query((rs, n) -> new Action(rs.getString(1), instant(rs, 2))).optional();
	}

	record Action(String actorKey, Instant at) {
	}

	/**
	 * Delivered, unacknowledged notifications that may owe a reminder (sent before {@code remindBefore}, none sent
	 * yet) or an escalation (sent before {@code escalateBefore}, a deputy, not escalated). The caller applies the
	 * working-day rule; these calendar bounds only narrow the search.
	 */
	List<Notification> awaitingAcknowledgement(Instant remindBefore, Instant escalateBefore, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM iao_notification WHERE status = 'SENT' AND ("
				+ "(reminders_sent = 0 AND sent_at <= :remind) OR "
				+ "(escalated_at IS NULL AND deputy_key IS NOT NULL AND sent_at <= :escalate)) "
				+ "ORDER BY sent_at FETCH FIRST " + limit + " ROWS ONLY").param("remind", at(remindBefore))
				.param("escalate", at(escalateBefore)).query(NotificationRepository::row).list();
	}

	/** Takes reminder number {@code sentBefore + 1}; false when another instance took it or it was acknowledged. */
	boolean claimReminder(String id, int sentBefore, Instant now) {
		return jdbc.sql("UPDATE iao_notification SET reminders_sent = reminders_sent + 1, last_reminder_at = ? "
				+ "WHERE id = ? AND reminders_sent = ? AND status = 'SENT'").params(at(now), id, sentBefore).update() == 1;
	}

	/** Gives back a reminder that could not be delivered, so the next run tries again. */
	void releaseReminder(String id, int claimedCount) {
		jdbc.sql("UPDATE iao_notification SET reminders_sent = reminders_sent - 1 WHERE id = ? AND reminders_sent = ?")
				.params(id, claimedCount).update();
	}

	boolean claimEscalation(String id, Instant now) {
		return jdbc.sql("UPDATE iao_notification SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL "
				+ "AND status = 'SENT'").params(at(now), id).update() == 1;
	}

	/** Gives back an escalation that could not be delivered, so the next run tries again. */
	void releaseEscalation(String id) {
		jdbc.sql("UPDATE iao_notification SET escalated_at = NULL WHERE id = ? AND status = 'SENT'").param(id).update();
	}

	private static Notification row(ResultSet rs, int n) throws SQLException {
		String channel = rs.getString("channel");
		return new Notification(rs.getString("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("subject_ref"), rs.getInt("subject_version"), rs.getString("business_area"),
				rs.getBoolean("unrouted"), rs.getString("iao_key"), rs.getString("deputy_key"),
				rs.getString("declarant_key"), Summary.fromJson(rs.getString("summary_json")),
				NotificationStatus.valueOf(rs.getString("status")), channel == null ? null : DeliveryChannel.valueOf(channel),
				rs.getString("conversation_key"), rs.getString("activity_id"), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "sent_at"),
				rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getInt("reminders_sent"),
				instant(rs, "last_reminder_at"), instant(rs, "escalated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String abbreviate(String error) {
		return error == null || error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS);
	}
}
