package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationStatus;
import org.recordsassistant.nccc.guidance.GuidanceStore.TeamAnswer;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The V10 and V11 migrations and the store's SQL on H2 and PostgreSQL, migrated exactly as the application does. */
class JdbcGuidanceStoreTests {
	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private JdbcClient jdbc;
	private JdbcGuidanceStore store;

	private void on(Kind kind) {
		DataSource dataSource = TestDatabases.migrated(kind);
		jdbc = JdbcClient.create(dataSource);
		store = storeAt(dataSource, NOW);
	}

	private JdbcGuidanceStore storeAt(DataSource dataSource, Instant now) {
		return new JdbcGuidanceStore(JdbcClient.create(dataSource), Clock.fixed(now, ZoneOffset.UTC),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

	private int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void storesFeedbackWithEntryVersionRatingQuestionAndUser(Kind kind) {
		on(kind);
		store.saveFeedback("foi-covers-nccc", "2026.11.1", false, "is my whatsapp foi-able", "user-1");
		assertThat(jdbc.sql("SELECT entry_id, kb_version, helpful, question, user_key FROM guidance_feedback")
				.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3) + "|" + rs.getString(4)
						+ "|" + rs.getString(5)).single())
				.isEqualTo("foi-covers-nccc|2026.11.1|false|is my whatsapp foi-able|user-1");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void storesUnansweredQuestionsWithTheNearestEntry(Kind kind) {
		on(kind);
		store.saveUnanswered("payroll?", "2026.11.1", "leavers", 0.21, "user-1");
		store.saveUnanswered("printer", "2026.11.1", null, 0.0, "user-2");
		assertThat(count("guidance_unanswered")).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void opensEscalationsWithUniqueReferencesAndRecordsDelivery(Kind kind) {
		on(kind);
		String first = store.openEscalation("who keeps my chats", "leavers", "2026.11.1", "user-1", "Priya Shah");
		String second = store.openEscalation("who keeps my chats", null, "2026.11.1", "user-1", "Priya Shah");
		assertThat(first).startsWith(JdbcGuidanceStore.REFERENCE_PREFIX).hasSize(11).isNotEqualTo(second);
		store.markEscalation(first, EscalationStatus.SENT);
		assertThat(store.findEscalation(first)).hasValueSatisfying(ticket -> {
			assertThat(ticket.status()).isEqualTo(EscalationStatus.SENT);
			assertThat(ticket.question()).isEqualTo("who keeps my chats");
			assertThat(ticket.userKey()).isEqualTo("user-1");
			assertThat(ticket.askerName()).isEqualTo("Priya Shah");
			assertThat(ticket.answeredBy()).isNull();
		});
		assertThat(store.findEscalation("GQ-UNKNOWN")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void recordsTheFirstAnswerOnlyWithWhoAndWhenAndTheSuggestion(Kind kind) {
		on(kind);
		String reference = store.openEscalation("when does payroll run", null, "2026.11.1", "user-1", "Priya Shah");
		Instant answeredAt = NOW.plus(Duration.ofHours(2));
		assertThat(store.recordAnswer(new TeamAnswer(reference, "On the 20th", "team-1", "Records Team", answeredAt), true))
				.isTrue();
		assertThat(store.recordAnswer(new TeamAnswer(reference, "Second answer", "team-2", "Sam", NOW), true)).isFalse();
		assertThat(store.findEscalation(reference)).hasValueSatisfying(ticket -> {
			assertThat(ticket.status()).isEqualTo(EscalationStatus.ANSWERED);
			assertThat(ticket.answeredBy()).isEqualTo("team-1");
			assertThat(ticket.answeredByName()).isEqualTo("Records Team");
			assertThat(ticket.answeredAt()).isEqualTo(answeredAt);
			assertThat(ticket.answer()).isEqualTo("On the 20th");
		});
		assertThat(jdbc.sql("SELECT reference, question, answer, suggested_by, kb_version FROM guidance_suggestion")
				.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5))).single())
				.isEqualTo(reference + "|when does payroll run|On the 20th|team-1|2026.11.1");
		assertThat(store.recordAnswer(new TeamAnswer("GQ-UNKNOWN", "x", "team-1", "Records Team", NOW), true)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void withdrawingAnUndeliveredAnswerReopensTheEscalation(Kind kind) {
		on(kind);
		String reference = store.openEscalation("when does payroll run", null, "2026.11.1", "user-1", "Priya Shah");
		store.markEscalation(reference, EscalationStatus.SENT);
		store.recordAnswer(new TeamAnswer(reference, "On the 20th", "team-1", "Records Team", NOW), true);
		store.withdrawAnswer(reference);
		assertThat(store.findEscalation(reference)).hasValueSatisfying(ticket -> {
			assertThat(ticket.status()).isEqualTo(EscalationStatus.SENT);
			assertThat(ticket.answer()).isNull();
			assertThat(ticket.answeredBy()).isNull();
		});
		assertThat(count("guidance_suggestion")).isZero();
		assertThat(store.recordAnswer(new TeamAnswer(reference, "On the 20th", "team-1", "Records Team", NOW), false))
				.isTrue();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void purgeDeletesOldUnansweredQuestionsAndBlanksOldQuestionAndAnswerText(Kind kind) {
		DataSource dataSource = TestDatabases.migrated(kind);
		jdbc = JdbcClient.create(dataSource);
		store = storeAt(dataSource, NOW);
		store.saveUnanswered("old question", "v", null, 0.1, "user-1");
		store.saveFeedback("leavers", "v", true, "old feedback question", "user-1");
		String old = store.openEscalation("old escalated question", null, "v", "user-1", "Priya Shah");
		store.recordAnswer(new TeamAnswer(old, "old answer", "team-1", "Records Team", NOW), true);
		JdbcGuidanceStore later = storeAt(dataSource, NOW.plus(Duration.ofDays(100)));
		later.saveUnanswered("new question", "v", null, 0.1, "user-2");
		String recent = later.openEscalation("new escalated question", null, "v", "user-2", "Tom Reed");

		int affected = later.purgeQuestionsBefore(NOW.plus(Duration.ofDays(10)));

		assertThat(affected).isEqualTo(4);
		assertThat(jdbc.sql("SELECT question FROM guidance_unanswered").query(String.class).list()).containsExactly("new question");
		assertThat(jdbc.sql("SELECT question FROM guidance_feedback").query(String.class).list()).containsOnlyNulls();
		assertThat(count("guidance_feedback")).isEqualTo(1);
		assertThat(store.findEscalation(old)).hasValueSatisfying(ticket -> {
			assertThat(ticket.question()).isNull();
			assertThat(ticket.answer()).isNull();
			assertThat(ticket.answeredBy()).isEqualTo("team-1");
		});
		assertThat(store.findEscalation(recent).orElseThrow().question()).isEqualTo("new escalated question");
		assertThat(jdbc.sql("SELECT question FROM guidance_suggestion").query(String.class).list()).containsOnlyNulls();
		assertThat(jdbc.sql("SELECT answer FROM guidance_suggestion").query(String.class).list()).containsExactly("old answer");
	}
}
