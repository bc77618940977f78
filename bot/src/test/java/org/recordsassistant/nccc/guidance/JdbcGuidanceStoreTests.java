package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationStatus;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The V10 migration and the store's SQL on H2, migrated exactly as the application does. */
class JdbcGuidanceStoreTests {
	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private final JdbcClient jdbc = JdbcClient.create(migratedDatabase());
	private final JdbcGuidanceStore store = new JdbcGuidanceStore(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));

	private static DataSource migratedDatabase() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:guidance-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource)
				.locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
		return dataSource;
	}

	@Test
	void storesFeedbackWithEntryVersionRatingQuestionAndUser() {
		store.saveFeedback("foi-covers-nccc", "2026.11.1", false, "is my whatsapp foi-able", "user-1");
		assertThat(jdbc.sql("SELECT entry_id, kb_version, helpful, question, user_key FROM guidance_feedback")
				.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3) + "|" + rs.getString(4)
						+ "|" + rs.getString(5)).single())
				.isEqualTo("foi-covers-nccc|2026.11.1|false|is my whatsapp foi-able|user-1");
	}

	@Test
	void storesUnansweredQuestionsWithTheNearestEntry() {
		store.saveUnanswered("payroll?", "2026.11.1", "leavers", 0.21, "user-1");
		store.saveUnanswered("printer", "2026.11.1", null, 0.0, "user-2");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM guidance_unanswered").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void opensEscalationsWithUniqueReferencesAndRecordsDelivery() {
		String first = store.openEscalation("who keeps my chats", "leavers", "2026.11.1", "user-1");
		String second = store.openEscalation("who keeps my chats", null, "2026.11.1", "user-1");
		assertThat(first).startsWith(JdbcGuidanceStore.REFERENCE_PREFIX).hasSize(11).isNotEqualTo(second);
		store.markEscalation(first, EscalationStatus.SENT);
		assertThat(jdbc.sql("SELECT status FROM guidance_escalation WHERE reference = ?").param(first)
				.query(String.class).single()).isEqualTo("SENT");
	}

	@Test
	void purgeDeletesOldUnansweredQuestionsAndBlanksOldQuestionText() {
		store.saveUnanswered("old question", "v", null, 0.1, "user-1");
		store.saveFeedback("leavers", "v", true, "old feedback question", "user-1");
		store.openEscalation("old escalated question", null, "v", "user-1");
		JdbcGuidanceStore later = new JdbcGuidanceStore(jdbc, Clock.fixed(NOW.plus(Duration.ofDays(100)), ZoneOffset.UTC));
		later.saveUnanswered("new question", "v", null, 0.1, "user-2");

		int affected = later.purgeQuestionsBefore(NOW.plus(Duration.ofDays(10)));

		assertThat(affected).isEqualTo(3);
		assertThat(jdbc.sql("SELECT question FROM guidance_unanswered").query(String.class).list()).containsExactly("new question");
		assertThat(jdbc.sql("SELECT question FROM guidance_feedback").query(String.class).list()).containsOnlyNulls();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM guidance_feedback").query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT question FROM guidance_escalation").query(String.class).list()).containsOnlyNulls();
	}
}
