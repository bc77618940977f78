package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.guidance.GuidanceReport.Digest;
import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationStatus;
import org.recordsassistant.nccc.guidance.GuidanceStore.TeamAnswer;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordsassistant.nccc.guidance.FakeTurn.element;

/** {@code guidance digest}: the report's SQL on both databases, the card, and who may see it. */
class GuidanceDigestTests {
	private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
	private static final Sender OWNER = new Sender("29:owner", "aad-owner", "Content Owner", "tenant", "en-GB");
	private static final Duration RETENTION = Duration.ofDays(90);

	private GuidanceReport report;

	/** Three unanswered questions an hour apart, three not-helpful ratings on two entries, one answered escalation. */
	private void seeded(Kind kind) {
		DataSource dataSource = TestDatabases.migrated(kind);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (int i = 0; i < 3; i++) {
			new JdbcGuidanceStore(jdbc, Clock.fixed(NOW.plus(Duration.ofHours(i)), ZoneOffset.UTC))
					.saveUnanswered("question " + i + " [x](https://evil)", "2026.11.1", i == 0 ? "leavers" : null, 0.1, "user");
		}
		JdbcGuidanceStore store = new JdbcGuidanceStore(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
		store.saveFeedback("foi-covers-nccc", "2026.11.1", false, "q", "user");
		store.saveFeedback("foi-covers-nccc", "2026.11.1", false, "q", "user");
		store.saveFeedback("leavers", "2026.11.1", false, "q", "user");
		store.saveFeedback("leavers", "2026.11.1", true, "q", "user");
		String answered = store.openEscalation("who keeps chats", null, "2026.11.1", "user", "Priya");
		store.recordAnswer(new TeamAnswer(answered, "The IAO does", "team", "Records Team", NOW), true);
		store.markEscalation(store.openEscalation("still open", null, "2026.11.1", "user", "Priya"), EscalationStatus.SENT);
		report = new GuidanceReport(jdbc);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void countsEverythingKeptAndListsTheLatestFirst(Kind kind) {
		seeded(kind);
		Digest digest = report.digest(2);
		assertThat(digest.unanswered()).isEqualTo(3);
		assertThat(digest.notHelpfulRatings()).isEqualTo(3);
		assertThat(digest.openEscalations()).isEqualTo(1);
		assertThat(digest.suggestions()).isEqualTo(1);
		assertThat(digest.latestUnanswered()).extracting(GuidanceReport.Unanswered::question)
				.containsExactly("question 2 [x](https://evil)", "question 1 [x](https://evil)");
		assertThat(digest.notHelpfulEntries()).containsExactly(new GuidanceReport.NotHelpful("foi-covers-nccc", "2026.11.1", 2),
				new GuidanceReport.NotHelpful("leavers", "2026.11.1", 1));
		assertThat(digest.latestSuggestions()).singleElement().satisfies(s -> assertThat(s.answer()).isEqualTo("The IAO does"));
	}

	@Test
	void sendsTheContentOwnerACardWithCountsAndEscapedQuestions() {
		seeded(Kind.H2);
		FakeTurn turn = new FakeTurn(GuidanceDigest.COMMAND, OWNER);
		new GuidanceDigest(report, List.of(OWNER.userKey()), 10, RETENTION).onCommand(turn, GuidanceDigest.COMMAND).join();
		ObjectNode card = turn.onlyCard();
		assertThat(element(card, "counts").toString()).contains("Unanswered questions").contains("\"3\"");
		String unanswered = element(card, "unanswered").toString();
		assertThat(unanswered).contains("question 0").contains("nearest: leavers").doesNotContain("[x](");
		assertThat(element(card, "notHelpful").toString()).contains("foi-covers-nccc").contains("2 ratings");
		assertThat(element(card, "suggestions").toString()).contains("The IAO does");
	}

	@Test
	void saysNoneWhenThereIsNothingToReport() {
		GuidanceReport empty = new GuidanceReport(JdbcClient.create(TestDatabases.migrated(Kind.H2)));
		FakeTurn turn = new FakeTurn(GuidanceDigest.COMMAND, OWNER);
		new GuidanceDigest(empty, List.of(OWNER.userKey()), 10, RETENTION).onCommand(turn, GuidanceDigest.COMMAND).join();
		assertThat(element(turn.onlyCard(), "unanswered").toString()).contains("None.");
	}

	@Test
	void politelyRefusesAnyoneWhoIsNotAContentOwner() {
		FakeTurn turn = new FakeTurn(GuidanceDigest.COMMAND);
		GuidanceReport unused = new GuidanceReport(JdbcClient.create(TestDatabases.migrated(Kind.H2)));
		new GuidanceDigest(unused, List.of(OWNER.userKey()), 10, RETENTION).onCommand(turn, GuidanceDigest.COMMAND).join();
		assertThat(turn.texts).containsExactly(GuidanceDigest.NOT_AN_OWNER);
		assertThat(turn.cards).isEmpty();
	}

	@Test
	void ownsTheDigestCommand() {
		assertThat(new GuidanceDigest(null, List.of(), 10, RETENTION).commands()).containsExactly("guidance digest");
	}
}
