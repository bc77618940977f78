package org.recordsassistant.nccc.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

/** The delivery worker on a moved clock: claims across instances, pacing, throttling, backoff and email. */
class NotificationDeliveryTests {
	private static final Instant NOW = Instant.parse("2026-03-06T10:00:00Z");

	private final TestClock clock = new TestClock(NOW);
	private final FakeTeams teams = new FakeTeams();
	@TempDir
	Path mail;

	private Outbox outbox(DataSource database) {
		return new Outbox(database, clock, teams, mail, Map.of());
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void twoInstancesSharingADatabaseDeliverEveryNotificationExactlyOnce(Kind kind) throws Exception {
		DataSource database = TestDatabases.migrated(kind);
		try (Outbox first = outbox(database); Outbox second = outbox(database)) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				ids.add(first.queue("aad-iao-" + i % 6, null, NOW));
			}
			ExecutorService instances = Executors.newFixedThreadPool(2);
			try {
				for (int round = 0; round < 10 && first.count("SELECT COUNT(*) FROM iao_notification WHERE status = "
						+ "'QUEUED'") > 0; round++) {
					CountDownLatch start = new CountDownLatch(1);
					List<Future<Integer>> runs = new ArrayList<>();
					for (Outbox instance : List.of(first, second)) {
						runs.add(instances.submit(() -> {
							start.await();
							return instance.delivery.deliverDue();
						}));
					}
					start.countDown();
					for (Future<Integer> run : runs) {
						run.get(60, TimeUnit.SECONDS);
					}
					clock.advance(Duration.ofSeconds(1));
				}
			} finally {
				instances.shutdownNow();
			}
			Map<String, Integer> times = new HashMap<>();
			teams.sent.forEach(card -> times.merge(card.notificationId(), 1, Integer::sum));
			assertThat(times).containsOnlyKeys(ids).allSatisfy((id, sent) -> assertThat(sent).isEqualTo(1));
			assertThat(ids).allSatisfy(id -> assertThat(first.find(id).status()).isEqualTo(NotificationStatus.SENT));
		}
	}

	@Test
	void aThrottledChatWaitsOutRetryAfterWhileOtherChatsCarryOn() {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			List<String> throttled = List.of(outbox.queue("aad-busy", null, NOW), outbox.queue("aad-busy", null, NOW));
			List<String> others = List.of(outbox.queue("aad-calm", null, NOW), outbox.queue("aad-calm", null, NOW));
			teams.failures = key -> key.equals("aad-busy") ? new Failure(Reason.THROTTLED, 429, Duration.ofSeconds(30))
					: null;

			outbox.delivery.deliverDue();

			assertThat(teams.idsSentTo("aad-calm")).containsExactlyElementsOf(others);
			assertThat(throttled).allSatisfy(id -> {
				Notification n = outbox.find(id);
				assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
				assertThat(n.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
				assertThat(n.attempts()).as("a 429 is not a failed attempt").isZero();
			});
			assertThat(teams.calls).as("one call found the chat throttled; its next notice was not tried").hasValue(3);

			clock.advance(Duration.ofSeconds(29));
			assertThat(outbox.delivery.deliverDue()).isZero();
			teams.failures = key -> null;
			clock.advance(Duration.ofSeconds(1));
			outbox.delivery.deliverDue();

			assertThat(teams.idsSentTo("aad-busy")).containsExactlyElementsOf(throttled);
		}
	}

	@Test
	void failuresBackOffExponentiallyThenTheNoticeGoesByEmail() throws Exception {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			String id = outbox.queue("aad-iris", null, NOW);
			teams.failures = key -> new Failure(Reason.UNAVAILABLE, 503, Duration.ZERO);
			List<Duration> waits = new ArrayList<>();

			for (int attempt = 1; attempt <= outbox.settings.maxAttempts(); attempt++) {
				assertThat(outbox.delivery.deliverDue()).isEqualTo(1);
				Notification n = outbox.find(id);
				if (n.status() != NotificationStatus.QUEUED) {
					break;
				}
				waits.add(Duration.between(clock.instant(), n.nextAttemptAt()));
				clock.set(n.nextAttemptAt());
			}

			assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
					Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(64), Duration.ofSeconds(128));
			Notification emailed = outbox.find(id);
			assertThat(emailed.status()).isEqualTo(NotificationStatus.SENT);
			assertThat(emailed.channel()).isEqualTo(DeliveryChannel.EMAIL);
			try (var files = Files.list(mail)) {
				List<Path> written = files.toList();
				assertThat(written).hasSize(1);
				assertThat(Files.readString(written.get(0))).contains("iris@dept.gov.uk", "New declaration",
						"users=28:bot");
			}
		}
	}

	@Test
	void eachChatGetsAtMostSevenASecondAndSixtyInThirtySeconds() {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			for (int i = 0; i < 70; i++) {
				outbox.queue("aad-iris", null, NOW);
			}
			List<Integer> perSecond = new ArrayList<>();
			for (int second = 0; second < 40; second++) {
				int before = teams.sent.size();
				outbox.delivery.deliverDue();
				outbox.delivery.deliverDue();
				perSecond.add(teams.sent.size() - before);
				clock.advance(Duration.ofSeconds(1));
			}

			assertThat(perSecond).allSatisfy(sent -> assertThat(sent).isLessThanOrEqualTo(7));
			for (int start = 0; start + 30 <= perSecond.size(); start++) {
				assertThat(perSecond.subList(start, start + 30).stream().mapToInt(Integer::intValue).sum())
						.isLessThanOrEqualTo(60);
			}
			assertThat(teams.sent).hasSize(70);
		}
	}

	@Test
	void aClaimLeftByACrashedInstanceIsTakenOverOnceItsLeaseRunsOut() {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			String id = outbox.queue("aad-iris", null, NOW);
			outbox.notifications.claimDue(NOW, 10, 10, "crashed-instance", NOW.plus(outbox.settings.claimLease()));

			assertThat(outbox.delivery.deliverDue()).isZero();
			clock.advance(outbox.settings.claimLease().plusSeconds(1));
			assertThat(outbox.delivery.deliverDue()).isEqualTo(1);

			assertThat(teams.idsSentTo("aad-iris")).containsExactly(id);
		}
	}

	@Test
	void aChatTeamsRefusesGoesByEmailAtOnceAndSomeoneWithNoAddressFails() {
		try (Outbox outbox = outbox(TestDatabases.migrated(Kind.H2))) {
			String iris = outbox.queue("aad-iris", null, NOW);
			String stranger = outbox.queue("aad-stranger", null, NOW);
			teams.failures = key -> new Failure(Reason.REFUSED, 403, Duration.ZERO);

			outbox.delivery.deliverDue();

			assertThat(outbox.find(iris).channel()).isEqualTo(DeliveryChannel.EMAIL);
			assertThat(outbox.find(iris).status()).isEqualTo(NotificationStatus.SENT);
			assertThat(outbox.find(stranger).status()).isEqualTo(NotificationStatus.FAILED);
		}
	}
}
