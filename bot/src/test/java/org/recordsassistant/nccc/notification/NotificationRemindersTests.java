package org.recordsassistant.nccc.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.notification.CardSender.Failure;
import org.recordsassistant.nccc.notification.CardSender.Reason;
import org.recordsassistant.nccc.notification.Outbox.FakeTeams;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders and escalation on a moved clock, without sleeping: working days not calendar days, nothing for
 * acknowledged notices, once across two instances, and given back when they cannot be delivered yet.
 */
class NotificationRemindersTests {
	/** Friday 6 March 2026, 10:00 in London (GMT). Three working days later is Wednesday, five is next Friday. */
	private static final Instant FRIDAY = Instant.parse("2026-03-06T10:00:00Z");
	private static final Instant WEDNESDAY = Instant.parse("2026-03-11T10:00:00Z");
	private static final Instant NEXT_FRIDAY = Instant.parse("2026-03-13T10:00:00Z");

	private final TestClock clock = new TestClock(FRIDAY);
	private final FakeTeams teams = new FakeTeams();
	@TempDir
	Path mail;

	private Outbox outbox(DataSource database) {
		return new Outbox(database, clock, teams, mail, Map.of());
	}

	private List<String> notes(String userKey) {
		return teams.sent.stream().filter(card -> card.userKey().equals(userKey))
				.map(card -> card.text().contains("Escalated to you") ? "escalation"
						: card.text().contains("Reminder:") ? "reminder" : "card")
				.toList();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theIaoIsRemindedAfterThreeWorkingDaysAndTheDeputyGetsItAfterFive(Kind kind) {
		try (Outbox outbox = outbox(TestDatabases.migrated(kind))) {
			String id = outbox.delivered("aad-iris", "aad-dan", FRIDAY);

			clock.set(WEDNESDAY.minusSeconds(60));
			assertThat(outbox.reminders.sendDue()).as("Tuesday: five calendar days, two working days").isZero();
			clock.set(WEDNESDAY);
			assertThat(outbox.reminders.sendDue()).isEqualTo(1);
			clock.set(NEXT_FRIDAY.minusSeconds(60));
			assertThat(outbox.reminders.sendDue()).isZero();
			clock.set(NEXT_FRIDAY);
			assertThat(outbox.reminders.sendDue()).isEqualTo(1);
			clock.advance(Duration.ofDays(14));
			assertThat(outbox.reminders.sendDue()).isZero();

			assertThat(notes("aad-iris")).containsExactly("reminder");
			assertThat(notes("aad-dan")).containsExactly("escalation");
			assertThat(teams.sent).allSatisfy(card -> assertThat(card.notificationId()).isEqualTo(id));
			assertThat(teams.sent.get(1).text()).as("the deputy's client refreshes to the buttons")
					.contains("8:orgid:aad-dan", "\"note\":\"escalation\"");
			Notification n = outbox.find(id);
			assertThat(n.remindersSent()).isEqualTo(1);
			assertThat(n.lastReminderAt()).isEqualTo(WEDNESDAY);
			assertThat(n.escalatedAt()).isEqualTo(NEXT_FRIDAY);
			assertThat(outbox.count("SELECT COUNT(*) FROM iao_notification_action WHERE notification_id = ? AND "
					+ "actor_key = ? AND action = ?", id, "aad-dan", NoticeViews.ESCALATED)).isEqualTo(1);
		}
	}

	@Test
	void acknowledgedNoticesAndNoticesWithoutADeputyAreNotChasedFurther() {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			String acknowledged = outbox.delivered("aad-iris", "aad-dan", FRIDAY);
			outbox.notifications.acknowledge(acknowledged, "aad-iris", FRIDAY.plusSeconds(60));
			outbox.delivered("aad-solo", null, FRIDAY);

			clock.set(NEXT_FRIDAY.plus(Duration.ofDays(7)));
			outbox.reminders.sendDue();
			outbox.reminders.sendDue();

			assertThat(notes("aad-iris")).isEmpty();
			assertThat(notes("aad-dan")).isEmpty();
			assertThat(notes("aad-solo")).containsExactly("reminder");
		}
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void twoInstancesRunningTogetherRemindAndEscalateEachNoticeOnce(Kind kind) throws Exception {
		DataSource database = TestDatabases.migrated(kind);
		try (Outbox first = outbox(database); Outbox second = outbox(database)) {
			for (int i = 0; i < 30; i++) {
				(i % 2 == 0 ? first : second).delivered("aad-iao-" + i % 5, "aad-deputy-" + i % 5, FRIDAY);
			}
			ExecutorService pool = Executors.newFixedThreadPool(2);
			int total = 0;
			try {
				for (Instant at : List.of(WEDNESDAY, NEXT_FRIDAY, NEXT_FRIDAY.plus(Duration.ofDays(3)))) {
					clock.set(at);
					CountDownLatch start = new CountDownLatch(1);
					List<Future<Integer>> runs = new ArrayList<>();
					for (Outbox instance : List.of(first, second)) {
						runs.add(pool.submit(() -> {
							start.await();
							return instance.reminders.sendDue();
						}));
					}
					start.countDown();
					for (Future<Integer> run : runs) {
						total += run.get(60, TimeUnit.SECONDS);
					}
				}
			} finally {
				pool.shutdownNow();
			}

			assertThat(total).isEqualTo(60);
			assertThat(teams.sent.stream().filter(card -> card.text().contains("Reminder:"))
					.map(FakeTeams.Card::notificationId)).hasSize(30).doesNotHaveDuplicates();
			assertThat(teams.sent.stream().filter(card -> card.text().contains("Escalated"))
					.map(FakeTeams.Card::notificationId)).hasSize(30).doesNotHaveDuplicates();
			String actions = "SELECT COUNT(*) FROM iao_notification_action WHERE action = ?";
			assertThat(first.count(actions, NoticeViews.REMINDED)).isEqualTo(30);
			assertThat(first.count(actions, NoticeViews.ESCALATED)).isEqualTo(30);
		}
	}

	@Test
	void aReminderTeamsCannotTakeNowIsGivenBackAndSentOnTheNextRun() {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			String id = outbox.delivered("aad-iris", null, FRIDAY);
			clock.set(WEDNESDAY);
			teams.failures = key -> new Failure(Reason.THROTTLED, 429, Duration.ofSeconds(5));

			assertThat(outbox.reminders.sendDue()).isZero();
			assertThat(outbox.find(id).remindersSent()).isZero();
			teams.failures = key -> null;
			clock.advance(Duration.ofMinutes(15));
			assertThat(outbox.reminders.sendDue()).isEqualTo(1);

			assertThat(notes("aad-iris")).containsExactly("reminder");
			assertThat(outbox.count("SELECT COUNT(*) FROM iao_notification_action WHERE action = ?",
					NoticeViews.REMINDED)).isEqualTo(1);
		}
	}

	@Test
	void withNoChatTheReminderAndEscalationGoByEmail() throws Exception {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			outbox.delivered("aad-iris", "aad-dan", FRIDAY);
			teams.failures = key -> new Failure(Reason.NO_CONVERSATION, 0, Duration.ZERO);
			clock.set(NEXT_FRIDAY);

			assertThat(outbox.reminders.sendDue()).isEqualTo(2);

			List<String> mails = new ArrayList<>();
			try (var files = Files.list(mail)) {
				for (Path file : files.toList()) {
					mails.add(Files.readString(file));
				}
			}
			assertThat(mails).hasSize(2);
			assertThat(mails).anySatisfy(text -> assertThat(text).contains("iris@dept.gov.uk", "Reminder: this has"));
			assertThat(mails).anySatisfy(text -> assertThat(text).contains("dan@dept.gov.uk", "Escalated to you"));
		}
	}
}
