package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts IAO notices straight into {@code iao_notification}, as the delivery worker would have left them,
 * so the overview and digest can be tested on known rows.
 */
final class Notices {
	private static final ObjectMapper JSON = new ObjectMapper();
	private final JdbcClient jdbc;

	Notices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A routed notice about something {@code aad-declarant} did. */
	String add(String kind, String reference, String area, String iao, String status, Instant created, String title) {
		return add(kind, reference, area, iao, status, created, title, "aad-declarant", false);
	}

	String add(String kind, String reference, String area, String iao, String status, Instant created, String title,
			String declarant, boolean unrouted) {
		String id = UUID.randomUUID().toString();
		String summary = JSON.createObjectNode().put("title", title).putNull("link").toString();
		jdbc.sql("INSERT INTO iao_notification (id, kind, subject_ref, subject_version, business_area, unrouted, iao_key, "
				+ "declarant_key, summary_json, status, attempts, created_at, acknowledged_at, reminders_sent) "
				+ "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)")
				.params(id, kind, reference, area, unrouted, iao, declarant, summary, status, OverviewRepository.at(created),
						OverviewRepository.ACKNOWLEDGED.equals(status) ? OverviewRepository.at(created) : null)
				.update();
		return id;
	}
}
