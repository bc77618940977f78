package org.recordsassistant.nccc.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the IAO notices ({@code iao_notification}, filled by the delivery worker) for the overview and the
 * digest. Read-only: acknowledging and delivering belong to the worker and the notice cards.
 */
final class OverviewRepository {
	static final String ACKNOWLEDGED = "ACKNOWLEDGED";
	static final List<String> DECLARATIONS_AND_FILINGS = List.of(NoticeKinds.DECLARATION_SUBMITTED,
			NoticeKinds.DECLARATION_AMENDED, NoticeKinds.RECORD_FILED);
	private static final String COLUMNS = "SELECT id, kind, subject_ref, business_area, status, created_at, "
			+ "acknowledged_at, summary_json FROM iao_notification ";

	private final JdbcClient jdbc;

	OverviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One notice as the overview shows it. */
	record Notice(String id, String kind, String subjectRef, String businessArea, String status, Instant createdAt,
			Instant acknowledgedAt, String summaryJson) {
		boolean pending() {
			return !ACKNOWLEDGED.equals(status);
		}
	}

	/**
	 * Whose notices: those of these areas, those routed to this user as IAO or deputy, and with
	 * {@code unrouted} every notice that went to the default IAO.
	 */
	record Scope(Set<String> areas, String userKey, boolean unrouted) {
		static Scope of(IaoRouting.OwnerScope owner, String userKey) {
			return new Scope(owner.areas(), userKey, owner.defaultOwner());
		}

		String where() {
			return "(" + (areas.isEmpty() ? "" : "business_area IN (:areas) OR ") + "iao_key = :me OR deputy_key = :me"
					+ (unrouted ? " OR unrouted = TRUE" : "") + ") ";
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			JdbcClient.StatementSpec bound = statement.param("me", userKey);
			return areas.isEmpty() ? bound : bound.param("areas", List.copyOf(areas));
		}
	}

	Map<String, Integer> countByStatus(Scope scope) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		scope.bind(jdbc.sql("SELECT status, COUNT(*) FROM iao_notification WHERE " + scope.where() + "GROUP BY status"))
				.query((ResultSet rs) -> {
					counts.put(rs.getString(1), rs.getInt(2));
				});
		return counts;
	}

	/** When each unacknowledged notice was created, to count the overdue ones by working days. */
	List<Instant> pendingSince(Scope scope) {
		return scope.bind(jdbc.sql("SELECT created_at FROM iao_notification WHERE " + scope.where()
				+ "AND status <> :acknowledged").param("acknowledged", ACKNOWLEDGED))
				.query((rs, row) -> instant(rs, "created_at")).list();
	}

	List<Notice> oldestPending(Scope scope, int limit) {
		return scope.bind(jdbc.sql(COLUMNS + "WHERE " + scope.where() + "AND status <> :acknowledged "
				+ "ORDER BY created_at, id FETCH FIRST " + limit + " ROWS ONLY").param("acknowledged", ACKNOWLEDGED))
				.query(OverviewRepository::notice).list();
	}

	List<Notice> latest(Scope scope, Collection<String> kinds, int limit) {
		return scope.bind(jdbc.sql(COLUMNS + "WHERE " + scope.where() + "AND kind IN (:kinds) "
				+ "ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY").param("kinds", List.copyOf(kinds)))
				.query(OverviewRepository::notice).list();
	}

	/** New notices created in {@code [from, to)}, counted by kind. */
	Map<String, Integer> newByKind(Scope scope, Instant from, Instant to) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		scope.bind(jdbc.sql("SELECT kind, COUNT(*) FROM iao_notification WHERE " + scope.where()
				+ "AND created_at >= :from AND created_at < :to GROUP BY kind").param("from", at(from)).param("to", at(to)))
				.query((ResultSet rs) -> {
					counts.put(rs.getString(1), rs.getInt(2));
				});
		return counts;
	}

	/** The business area of the latest notice about something this user declared or filed. */
	Optional<String> latestAreaOfDeclarant(String userKey) {
		return jdbc.sql("SELECT business_area FROM iao_notification WHERE declarant_key = :me AND business_area IS NOT NULL "
				+ "ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY").param("me", userKey).query(String.class).optional();
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getString("id"), rs.getString("kind"), rs.getString("subject_ref"),
				rs.getString("business_area"), rs.getString("status"), instant(rs, "created_at"),
				instant(rs, "acknowledged_at"), rs.getString("summary_json"));
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
