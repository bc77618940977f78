package org.recordsassistant.nccc.transfer;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.recordsassistant.nccc.transfer.parse.ParseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code transfer_job} table. Status changes are conditional updates, so a double click changes nothing. */
@Repository
class TransferJobRepository {
	private final JdbcClient jdbc;
	private final Clock clock;

	TransferJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	void insert(String id, String userKey, TransferMode mode, String fileName, Path jobFolder) {
		OffsetDateTime now = now();
		jdbc.sql("""
				INSERT INTO transfer_job (id, user_key, status, mode, file_name, job_folder, created_at, updated_at)
				VALUES (:id, :user, :status, :mode, :name, :folder, :now, :now)""")
				.param("id", id).param("user", userKey).param("status", TransferStatus.RECEIVED.name())
				.param("mode", mode.name()).param("name", fileName).param("folder", jobFolder.toString())
				.param("now", now).update();
	}

	/** Records what was read and moves the job to PREVIEWED (also when a preview is redone). */
	void recordPreview(String id, TransferMode mode, String fileName, long size, String sha256, Path original,
			Path json, ParseSummary summary) {
		jdbc.sql("""
				UPDATE transfer_job SET status = :status, mode = :mode, file_name = :name, file_size = :size,
				  sha256 = :sha, original_path = :original, json_path = :json, source_format = :format,
				  event_count = :events, message_count = :messages, participant_count = :participants,
				  attachments_present = :present, attachments_missing = :missing, warning_count = :warnings,
				  first_timestamp = :first, last_timestamp = :last, date_order = :order,
				  date_order_ambiguous = :ambiguous, updated_at = :now
				WHERE id = :id""")
				.param("status", TransferStatus.PREVIEWED.name()).param("mode", mode.name())
				.param("name", fileName).param("size", size).param("sha", sha256)
				.param("original", original.toString()).param("json", json == null ? null : json.toString())
				.param("format", summary == null ? null : summary.format().id())
				.param("events", summary == null ? null : summary.stats().events())
				.param("messages", summary == null ? null : summary.stats().messages())
				.param("participants", summary == null ? null : summary.participants().size())
				.param("present", summary == null ? null : summary.stats().attachmentsPresent())
				.param("missing", summary == null ? null : summary.stats().attachmentsMissing())
				.param("warnings", summary == null ? null : summary.warnings().size())
				.param("first", summary == null ? null : utc(summary.stats().firstTimestamp()))
				.param("last", summary == null ? null : utc(summary.stats().lastTimestamp()))
				.param("order", summary == null ? null : summary.dateOrder().order().name())
				.param("ambiguous", summary == null ? null : summary.dateOrder().ambiguous())
				.param("now", now()).param("id", id).update();
	}

	/** Moves the job from one status to another; returns false when it was not in {@code from}. */
	boolean changeStatus(String id, TransferStatus from, TransferStatus to, String failureReason) {
		return jdbc.sql("""
				UPDATE transfer_job SET status = :to, failure_reason = :reason, updated_at = :now
				WHERE id = :id AND status = :from""")
				.param("to", to.name()).param("reason", failureReason).param("now", now()).param("id", id)
				.param("from", from.name()).update() == 1;
	}

	/** PREVIEWED to CONFIRMED for the owner only, with the choices from the card; false when nothing changed. */
	boolean confirm(String id, String userKey, String declarationReference, String businessArea) {
		return jdbc.sql("""
				UPDATE transfer_job SET status = :to, declaration_reference = :declaration, business_area = :area,
				  updated_at = :now
				WHERE id = :id AND user_key = :user AND status = :from""")
				.param("to", TransferStatus.CONFIRMED.name()).param("declaration", declarationReference)
				.param("area", businessArea).param("now", now()).param("id", id).param("user", userKey)
				.param("from", TransferStatus.PREVIEWED.name()).update() == 1;
	}

	Optional<TransferJob> find(String id) {
		return jdbc.sql("SELECT * FROM transfer_job WHERE id = :id").param("id", id)
				.query(TransferJobRepository::map).optional();
	}

	/** Jobs in {@code status} not touched since {@code before}, oldest first. */
	List<TransferJob> listStale(TransferStatus status, OffsetDateTime before, int limit) {
		return jdbc.sql("SELECT * FROM transfer_job WHERE status = :status AND updated_at < :before "
				+ "ORDER BY updated_at FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
				.param("status", status.name()).param("before", before).query(TransferJobRepository::map).list();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static OffsetDateTime utc(OffsetDateTime time) {
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static TransferJob map(ResultSet rs, int row) throws SQLException {
		return new TransferJob(rs.getString("id"), rs.getString("user_key"),
				TransferStatus.valueOf(rs.getString("status")), TransferMode.valueOf(rs.getString("mode")),
				rs.getString("file_name"), rs.getObject("file_size", Long.class), rs.getString("sha256"),
				Path.of(rs.getString("job_folder")), path(rs.getString("original_path")),
				path(rs.getString("json_path")), rs.getString("source_format"),
				rs.getObject("event_count", Long.class), rs.getObject("message_count", Long.class),
				rs.getObject("participant_count", Integer.class), rs.getObject("attachments_present", Long.class),
				rs.getObject("attachments_missing", Long.class), rs.getObject("warning_count", Integer.class),
				rs.getObject("first_timestamp", OffsetDateTime.class),
				rs.getObject("last_timestamp", OffsetDateTime.class), rs.getString("date_order"),
				rs.getObject("date_order_ambiguous", Boolean.class), rs.getString("declaration_reference"),
				rs.getString("business_area"), rs.getString("failure_reason"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

	private static Path path(String value) {
		return value == null ? null : Path.of(value);
	}
}
