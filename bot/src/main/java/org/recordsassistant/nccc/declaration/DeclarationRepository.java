package org.recordsassistant.nccc.declaration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The register tables: declarations, their versions and SECRET reports. Plain SQL valid on H2 and PostgreSQL. */
final class DeclarationRepository {
	private static final String SELECT = "SELECT d.reference, d.user_key, d.declarant_name, d.status, d.current_version, "
			+ "d.transfer_id, d.transferred_at, d.withdrawn_reason, d.withdrawn_at, d.submitted_at, d.changed_at, "
			+ "v.channel, v.channel_other, v.account, v.device, v.date_from, v.date_to, v.counterparties, "
			+ "v.external_party, v.business_area, v.subject, v.significant, v.classification, v.personal_data, "
			+ "v.reason, v.disappearing, v.transferred, v.on_hold, v.version AS version_number, "
			+ "v.created_at AS version_created_at "
			+ "FROM declaration d JOIN declaration_version v ON v.reference = d.reference AND v.version = d.current_version ";
	/** Open: not withdrawn, significant, not marked or linked as transferred. */
	private static final String OPEN = "d.status = 'submitted' AND v.significant <> 'logistical' "
			+ "AND v.transferred <> 'yes' AND d.transfer_id IS NULL ";

	private final JdbcClient jdbc;

	DeclarationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A version stored earlier by the same card or dialog: its reference and version number. */
	record Submission(String reference, int version) {
	}

	Optional<Submission> findSubmission(String submissionId) {
		return jdbc.sql("SELECT reference, version FROM declaration_version WHERE submission_id = ?").param(submissionId)
				.query((rs, n) -> new Submission(rs.getString(1), rs.getInt(2))).optional();
	}

	void insertDeclaration(String reference, Declarant declarant, String businessArea, Instant now) {
		jdbc.sql("INSERT INTO declaration (reference, user_key, declarant_name, declarant_email, aad_object_id, tenant_id, "
				+ "declarant_job_title, declarant_department, business_area, status, current_version, created_at, "
				+ "submitted_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")
				.params(reference, declarant.userKey(), declarant.name(), declarant.email(), declarant.aadObjectId(),
						declarant.tenantId(), declarant.jobTitle(), declarant.department(), businessArea, StoredDeclaration.SUBMITTED, at(now), at(now), at(now))
				.update();
	}

	void insertVersion(String reference, int version, String submissionId, DeclarationForm f, Instant now) {
		jdbc.sql("INSERT INTO declaration_version (reference, version, submission_id, channel, channel_other, account, "
				+ "device, date_from, date_to, counterparties, external_party, business_area, subject, significant, "
				+ "classification, personal_data, reason, disappearing, transferred, on_hold, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(reference, version, submissionId, f.channel(), f.channelOther(), f.account(), f.device(),
						f.dateFrom(), f.dateTo(), f.counterparties(), f.external(), f.businessArea(), f.subject(),
						f.significant(), f.classification(), f.personalData(), f.reason(), f.disappearing(),
						f.transferred(), f.holds(), at(now))
				.update();
	}

	/** Points the declaration at its new version, only if nobody amended or withdrew it meanwhile. */
	boolean advanceVersion(String reference, int fromVersion, String businessArea, Instant now) {
		return jdbc.sql("UPDATE declaration SET current_version = ?, business_area = ?, changed_at = ? "
				+ "WHERE reference = ? AND current_version = ? AND status = ?")
				.params(fromVersion + 1, businessArea, at(now), reference, fromVersion, StoredDeclaration.SUBMITTED)
				.update() == 1;
	}

	boolean withdraw(String reference, String reason, Instant now) {
		return jdbc.sql("UPDATE declaration SET status = ?, withdrawn_reason = ?, withdrawn_at = ?, changed_at = ? "
				+ "WHERE reference = ? AND status = ?")
				.params(StoredDeclaration.WITHDRAWN, reason, at(now), at(now), reference, StoredDeclaration.SUBMITTED)
				.update() == 1;
	}

	boolean markTransferred(String reference, String transferId, Instant now) {
		return jdbc.sql("UPDATE declaration SET transfer_id = ?, transferred_at = ?, changed_at = ? "
				+ "WHERE reference = ? AND transfer_id IS NULL")
				.params(transferId, at(now), at(now), reference).update() == 1;
	}

	void markFilingRequested(String reference, Instant now) {
		jdbc.sql("UPDATE declaration SET filing_requested_at = ? WHERE reference = ?").params(at(now), reference).update();
	}

	Optional<StoredDeclaration> find(String reference) {
		return jdbc.sql(SELECT + "WHERE d.reference = ?").param(reference).query(DeclarationRepository::map).optional();
	}

	List<StoredDeclaration> listForUser(String userKey, int offset, int limit) {
		return jdbc.sql(SELECT + "WHERE d.user_key = ? ORDER BY d.submitted_at DESC, d.reference DESC "
				+ "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY").params(userKey, offset, limit)
				.query(DeclarationRepository::map).list();
	}

	int countForUser(String userKey) {
		return jdbc.sql("SELECT COUNT(*) FROM declaration WHERE user_key = ?").param(userKey).query(Integer.class).single();
	}

	/** The open declaration the user most recently submitted or asked to file messages for. */
	Optional<StoredDeclaration> latestOpenFor(String userKey) {
		return jdbc.sql(SELECT + "WHERE d.user_key = ? AND " + OPEN
				+ "ORDER BY COALESCE(d.filing_requested_at, d.submitted_at) DESC, d.submitted_at DESC "
				+ "FETCH FIRST 1 ROWS ONLY").param(userKey).query(DeclarationRepository::map).optional();
	}

	/** One stored version: its number, when it was made and its full values. */
	record Version(int number, Instant createdAt, DeclarationForm form) {
	}

	/** Every version of a declaration, oldest first. */
	List<Version> versions(String reference) {
		return jdbc.sql(SELECT.replace("AND v.version = d.current_version", "") + "WHERE d.reference = ? ORDER BY v.version")
				.param(reference)
				.query((rs, n) -> new Version(rs.getInt("version_number"), instant(rs, "version_created_at"), form(rs)))
				.list();
	}

	/** Declarations in an area whose messages overlap the date range, streamed in reference order. */
	void forArea(String businessArea, LocalDate from, LocalDate to, Consumer<StoredDeclaration> each) {
		jdbc.sql(SELECT + "WHERE v.business_area = ? AND v.date_to >= ? AND v.date_from <= ? ORDER BY d.reference")
				.params(businessArea, from, to).query(rs -> {
					each.accept(map(rs, 0));
				});
	}

	void insertSecretReport(String reportId, String submissionId, Declarant reporter, String businessArea, Instant now) {
		jdbc.sql("INSERT INTO secret_material_report (report_id, submission_id, user_key, reporter_name, business_area, "
				+ "reported_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(reportId, submissionId, reporter.userKey(), reporter.name(), businessArea, at(now)).update();
	}

	Optional<String> findSecretReport(String submissionId) {
		return jdbc.sql("SELECT report_id FROM secret_material_report WHERE submission_id = ?").param(submissionId)
				.query(String.class).optional();
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static StoredDeclaration map(ResultSet rs, int row) throws SQLException {
		return new StoredDeclaration(rs.getString("reference"), rs.getString("user_key"), rs.getString("declarant_name"),
				rs.getString("status"), rs.getInt("current_version"), rs.getString("transfer_id"),
				instant(rs, "transferred_at"), rs.getString("withdrawn_reason"), instant(rs, "withdrawn_at"),
				instant(rs, "submitted_at"), instant(rs, "changed_at"), form(rs));
	}

	private static DeclarationForm form(ResultSet rs) throws SQLException {
		return new DeclarationForm(rs.getString("channel"), rs.getString("channel_other"), rs.getString("account"),
				rs.getString("device"), rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
				rs.getString("counterparties"), rs.getBoolean("external_party"), rs.getString("business_area"),
				rs.getString("subject"), rs.getString("significant"), rs.getString("classification"),
				rs.getString("personal_data"), rs.getString("reason"), rs.getBoolean("disappearing"),
				rs.getString("transferred"), rs.getBoolean("on_hold"));
	}
}
