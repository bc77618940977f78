package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.recordsassistant.nccc.notification.OverviewRepository.at;

/**
 * Claims on the weekly digest ({@code iao_digest}), shared by every instance. The first claim is an insert
 * keyed by (IAO, week), so two instances cannot both win it; a later claim is a compare-and-set update that
 * only takes a row whose lease ran out, which is how a failed or abandoned digest is tried again.
 */
final class DigestRepository {
	static final String CLAIMED = "CLAIMED";
	static final String SENT = "SENT";
	static final String SKIPPED = "SKIPPED";
	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	DigestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> status(String iaoKey, String week) {
		return jdbc.sql("SELECT status FROM iao_digest WHERE iao_key = ? AND week = ?").params(iaoKey, week)
				.query(String.class).optional();
	}

	/**
	 * Takes this IAO's digest for the week, until {@code leaseUntil}.
	 *
	 * @return false when another instance holds it, or it is settled, or it has used up its attempts
	 */
	boolean claim(String iaoKey, String week, String instanceId, Instant now, Instant leaseUntil, int maxAttempts) {
		Optional<String> status = status(iaoKey, week);
		if (status.isEmpty()) {
			try {
				return jdbc.sql("INSERT INTO iao_digest (iao_key, week, status, attempts, claimed_by, claimed_until, "
						+ "created_at) VALUES (?, ?, ?, 1, ?, ?, ?)")
						.params(iaoKey, week, CLAIMED, instanceId, at(leaseUntil), at(now)).update() == 1;
			} catch (DuplicateKeyException anotherInstanceClaimedFirst) {
				return false;
			}
		}
		if (!CLAIMED.equals(status.get())) {
			return false;
		}
		return jdbc.sql("UPDATE iao_digest SET attempts = attempts + 1, claimed_by = ?, claimed_until = ? "
				+ "WHERE iao_key = ? AND week = ? AND status = ? AND claimed_until <= ? AND attempts < ?")
				.params(instanceId, at(leaseUntil), iaoKey, week, CLAIMED, at(now), maxAttempts).update() == 1;
	}

	/** Records how a claimed digest ended: {@link #SENT} (with the channel) or {@link #SKIPPED}. */
	void settle(String iaoKey, String week, String instanceId, String status, String channel, IaoDigest.Digest digest,
			Instant now) {
		jdbc.sql("UPDATE iao_digest SET status = ?, channel = ?, new_items = ?, pending_items = ?, overdue_items = ?, "
				+ "settled_at = ?, claimed_until = NULL WHERE iao_key = ? AND week = ? AND claimed_by = ? AND status = ?")
				.params(status, channel, digest.newItems(), digest.pending(), digest.overdue(), at(now), iaoKey, week,
						instanceId, CLAIMED)
				.update();
	}

	/** Delivery failed: another try after {@code retryAt}, or {@link #FAILED} once the attempts are used up. */
	void retryLater(String iaoKey, String week, String instanceId, Instant retryAt, int maxAttempts, Instant now) {
		jdbc.sql("UPDATE iao_digest SET claimed_until = ?, "
				+ "status = CASE WHEN attempts >= ? THEN 'FAILED' ELSE status END, "
				+ "settled_at = CASE WHEN attempts >= ? THEN ? ELSE settled_at END "
				+ "WHERE iao_key = ? AND week = ? AND claimed_by = ? AND status = ?")
				.params(at(retryAt), maxAttempts, maxAttempts, at(now), iaoKey, week, instanceId, CLAIMED).update();
	}
}
