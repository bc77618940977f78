package org.recordsassistant.nccc.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.notification.NotificationProperties.AreaOwners;
import org.recordsassistant.nccc.testing.CardChecks;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordsassistant.nccc.notification.NoticeKinds.DECLARATION_SUBMITTED;
import static org.recordsassistant.nccc.notification.NoticeKinds.RECORD_FILED;

/** The weekly digest on a hand-moved clock and a real database: when, to whom, how often, and what it counts. */
class IaoDigestTests {
	/** Monday 2 March 2026, 08:00 in London (GMT), the default digest time. */
	private static final Instant MONDAY_EIGHT = Instant.parse("2026-03-02T08:00:00Z");
	private static final Instant THURSDAY_BEFORE = Instant.parse("2026-02-26T10:00:00Z");
	private static final Map<String, String> AREAS = Map.of("ports-policy", "Ports policy", "finance", "Finance",
			"communications", "Communications");
	private static final NotificationProperties.Digest MONDAYS = new NotificationProperties.Digest(true, DayOfWeek.MONDAY,
			"08:00", Duration.ofMinutes(5));

	private final TestClock clock = new TestClock(MONDAY_EIGHT.minusSeconds(60));
	private final List<String> delivered = new CopyOnWriteArrayList<>();
	private final List<IaoDigest.Digest> digests = new CopyOnWriteArrayList<>();
	private final List<IaoRouting> routings = new ArrayList<>();

	@AfterEach
	void close() {
		routings.forEach(IaoRouting::close);
	}

	private IaoDigest instance(DataSource database, IaoDigest.Delivery delivery) {
		IaoRouting routing = new IaoRouting(new NotificationProperties(Map.of(
				"ports-policy", new AreaOwners("aad-paula", "aad-dan"), "finance", new AreaOwners("aad-fiona", "")),
				"aad-iris", ""));
		routings.add(routing);
		JdbcClient jdbc = JdbcClient.create(database);
		return new IaoDigest(routing, () -> AREAS, new OverviewRepository(jdbc), new DigestRepository(jdbc), delivery,
				MONDAYS, new OverdueRule(3), clock);
	}

	private IaoDigest instance(DataSource database) {
		return instance(database, (iao, digest) -> {
			delivered.add(iao);
			digests.add(digest);
			return DigestDelivery.TEAMS;
		});
	}

	/** The status of the IAO's latest digest. */
	private static String status(DataSource database, String iao) {
		return JdbcClient.create(database).sql("SELECT status FROM iao_digest WHERE iao_key = ? ORDER BY week DESC "
				+ "FETCH FIRST 1 ROWS ONLY").param(iao).query(String.class).single();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void goesOutOnceTheConfiguredDayAndTimeHasComeAndOnlyOnceThatWeek(Kind kind) {
		DataSource database = TestDatabases.migrated(kind);
		new Notices(JdbcClient.create(database)).add(DECLARATION_SUBMITTED, "NCCC-2026-000001", "ports-policy",
				"aad-paula", "SENT", THURSDAY_BEFORE, "Declaration NCCC-2026-000001");
		IaoDigest job = instance(database);

		assertThat(job.sendDue()).as("07:59").isZero();
		clock.set(MONDAY_EIGHT);
		assertThat(job.sendDue()).as("08:00").isEqualTo(1);
		clock.advance(Duration.ofHours(5));
		assertThat(job.sendDue()).as("later that Monday").isZero();
		clock.advance(Duration.ofDays(3));
		assertThat(job.sendDue()).as("Thursday").isZero();
		clock.set(MONDAY_EIGHT.plus(Duration.ofDays(7)));
		assertThat(job.sendDue()).as("next Monday: still waiting, so again").isEqualTo(1);

		assertThat(delivered).containsExactly("aad-paula", "aad-paula");
		assertThat(status(database, "aad-paula")).isEqualTo(DigestRepository.SENT);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void nothingNewAndNothingWaitingMeansNoDigest(Kind kind) {
		DataSource database = TestDatabases.migrated(kind);
		Notices notices = new Notices(JdbcClient.create(database));
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000002", "ports-policy", "aad-paula", "ACKNOWLEDGED",
				MONDAY_EIGHT.minus(Duration.ofDays(30)), "Long acknowledged");
		IaoDigest job = instance(database);
		clock.set(MONDAY_EIGHT);

		assertThat(job.sendDue()).isZero();

		assertThat(delivered).isEmpty();
		assertThat(status(database, "aad-paula")).isEqualTo(DigestRepository.SKIPPED);
		assertThat(status(database, "aad-iris")).isEqualTo(DigestRepository.SKIPPED);
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000003", "ports-policy", "aad-paula", "SENT",
				MONDAY_EIGHT.plus(Duration.ofHours(1)), "Arrived after the digest");
		clock.advance(Duration.ofHours(2));
		assertThat(job.sendDue()).as("the week's digest was settled as empty").isZero();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void twoInstancesSharingOneDatabaseSendEachIaoOneDigest(Kind kind) throws Exception {
		DataSource database = TestDatabases.migrated(kind);
		Notices notices = new Notices(JdbcClient.create(database));
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000004", "ports-policy", "aad-paula", "SENT", THURSDAY_BEFORE, "a");
		notices.add(RECORD_FILED, "T-1", "finance", "aad-fiona", "SENT", THURSDAY_BEFORE, "b");
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000005", "communications", "aad-iris", "SENT", THURSDAY_BEFORE, "c",
				"aad-declarant", true);
		List<IaoDigest> instances = List.of(instance(database), instance(database));
		clock.set(MONDAY_EIGHT);
		ExecutorService pool = Executors.newFixedThreadPool(instances.size());
		int sent = 0;
		try {
			for (int poll = 0; poll < 3; poll++) {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> runs = new ArrayList<>();
				for (IaoDigest instance : instances) {
					runs.add(pool.submit(() -> {
						start.await();
						return instance.sendDue();
					}));
				}
				start.countDown();
				for (Future<Integer> run : runs) {
					sent += run.get(60, TimeUnit.SECONDS);
				}
				clock.advance(Duration.ofMinutes(5));
			}
		} finally {
			pool.shutdownNow();
		}

		assertThat(delivered).containsExactlyInAnyOrder("aad-paula", "aad-fiona", "aad-iris");
		assertThat(sent).isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void countsNewWaitingAndOverdueNoticesOfTheIaosAreasOnly(Kind kind) {
		DataSource database = TestDatabases.migrated(kind);
		Notices notices = new Notices(JdbcClient.create(database));
		// In the seven days before the digest: two declarations (one acknowledged) and a filing.
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000010", "ports-policy", "aad-paula", "ACKNOWLEDGED",
				THURSDAY_BEFORE, "Declaration NCCC-2026-000010");
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000011", "ports-policy", "aad-paula", "SENT",
				Instant.parse("2026-03-01T18:00:00Z"), "Declaration NCCC-2026-000011");
		notices.add(RECORD_FILED, "T-20", "ports-policy", "aad-paula", "FAILED", THURSDAY_BEFORE, "Filed *Quay* chat");
		// Older: one still waiting (overdue), one acknowledged; and one just after the digest time.
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000012", "ports-policy", "aad-paula", "SENT",
				Instant.parse("2026-02-16T09:00:00Z"), "Declaration NCCC-2026-000012");
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000013", "ports-policy", "aad-paula", "ACKNOWLEDGED",
				Instant.parse("2026-02-10T09:00:00Z"), "Old and done");
		// Other areas: not Paula's.
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000014", "finance", "aad-fiona", "SENT", THURSDAY_BEFORE, "Finance");
		IaoDigest job = instance(database);
		clock.set(MONDAY_EIGHT.plus(Duration.ofMinutes(3)));
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000015", "ports-policy", "aad-paula", "QUEUED",
				MONDAY_EIGHT.plus(Duration.ofMinutes(1)), "After the digest time");

		job.sendDue();

		IaoDigest.Digest paula = digests.get(delivered.indexOf("aad-paula"));
		assertThat(paula.newByKind()).isEqualTo(Map.of(DECLARATION_SUBMITTED, 2, RECORD_FILED, 1));
		assertThat(paula.newItems()).isEqualTo(3);
		assertThat(paula.pending()).as("000011, T-20, 000012, 000015").isEqualTo(4);
		assertThat(paula.overdue()).as("000012 only").isEqualTo(1);
		assertThat(paula.areas()).isEqualTo(Map.of("ports-policy", "Ports policy"));
		assertThat(paula.oldestPending()).extracting(OverviewRepository.Notice::subjectRef)
				.containsExactly("NCCC-2026-000012", "T-20", "NCCC-2026-000011", "NCCC-2026-000015");

		var card = IaoDigestCards.card(paula);
		CardChecks.assertValid(card);
		assertThat(card.toString()).contains("3 (1 filed record, 2 declarations)", "Filed \\\\*Quay\\\\* chat",
				"NCCC-2026-000012), received 16 Feb 2026, overdue").doesNotContain("Finance");
		assertThat(IaoDigestCards.html(paula)).contains("Waiting for acknowledgement: 4", "Overdue (over 3 working days): 1");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aFailedDeliveryIsTriedAgainLaterAndGivenUpAfterThreeAttempts(Kind kind) {
		DataSource database = TestDatabases.migrated(kind);
		new Notices(JdbcClient.create(database)).add(DECLARATION_SUBMITTED, "NCCC-2026-000020", "ports-policy",
				"aad-paula", "SENT", THURSDAY_BEFORE, "a");
		List<Instant> attempts = new CopyOnWriteArrayList<>();
		IaoDigest job = instance(database, (iao, digest) -> {
			attempts.add(clock.instant());
			throw new IllegalStateException("connector down");
		});
		clock.set(MONDAY_EIGHT);

		for (int poll = 0; poll < 24; poll++) {
			job.sendDue();
			clock.advance(Duration.ofMinutes(5));
		}

		assertThat(attempts).containsExactly(MONDAY_EIGHT, MONDAY_EIGHT.plus(IaoDigest.RETRY),
				MONDAY_EIGHT.plus(IaoDigest.RETRY.multipliedBy(2)));
		assertThat(status(database, "aad-paula")).isEqualTo(DigestRepository.FAILED);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theDigestSlotFollowsTheConfiguredDayInUkTime(Kind kind) {
		IaoDigest job = instance(TestDatabases.migrated(kind));
		// Summer time: 08:00 in London is 07:00 UTC; a Wednesday digest belongs to its own Monday-to-Sunday week.
		assertThat(job.slotOfWeek(Instant.parse("2026-07-01T12:00:00Z")).toInstant())
				.isEqualTo(Instant.parse("2026-06-29T07:00:00Z"));
		assertThat(IaoDigest.weekKey(java.time.LocalDate.parse("2026-01-01"))).isEqualTo("2026-W01");
		assertThat(IaoDigest.weekKey(java.time.LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
	}

	/** A clock tests move by hand, so the digest runs without sleeping. */
}
