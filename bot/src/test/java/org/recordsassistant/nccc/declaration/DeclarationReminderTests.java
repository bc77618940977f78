package org.recordsassistant.nccc.declaration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** Transfer reminders on a moved clock: working days, repeats, the limit, stopping, and two instances. */
class DeclarationReminderTests {
	/** Friday 6 March 2026, 10:00 in London. */
	private static final Instant FRIDAY = Instant.parse("2026-03-06T10:00:00Z");
	private static final LocalDate TODAY = LocalDate.parse("2026-03-06");

	private final TestClock clock = new TestClock(FRIDAY);
	private final List<String> sent = new CopyOnWriteArrayList<>();

	private DeclarationReminders reminders(Register register, List<String> into) {
		return new DeclarationReminders(register.reminders, register.declarations,
				(userKey, text) -> into.add(userKey + "|" + DeclareEndToEndTests.referenceIn(text)), register.properties,
				clock);
	}

	private static String submit(Register register, DeclarationForm form) {
		return register.service.submit(Register.ALICE, form, UUID.randomUUID().toString()).reference();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void firstReminderComesAfterFiveWorkingDaysNotFiveCalendarDays(Kind kind) {
		Register register = new Register(TestDatabases.migrated(kind), clock);
		DeclarationReminders job = reminders(register, sent);
		String reference = submit(register, Register.form(TODAY));

		clock.advance(Duration.ofDays(6)); // Thursday: four working days
		assertThat(job.sendDue()).isZero();
		clock.advance(Duration.ofDays(1)); // Friday: five
		assertThat(job.sendDue()).isEqualTo(1);
		assertThat(sent).containsExactly("aad-alice|" + reference);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void remindersRepeatUpToTheLimitThenStop(Kind kind) {
		Register register = new Register(TestDatabases.migrated(kind), clock);
		DeclarationReminders job = reminders(register, sent);
		submit(register, Register.form(TODAY));

		for (int week = 0; week < 6; week++) {
			clock.advance(Duration.ofDays(7));
			job.sendDue();
		}
		assertThat(sent).hasSize(3);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void noRemindersForLogisticalTransferredWithdrawnOrLinkedDeclarations(Kind kind) {
		Register register = new Register(TestDatabases.migrated(kind), clock);
		DeclarationReminders job = reminders(register, sent);
		DeclarationForm form = Register.form(TODAY);
		submit(register, new DeclarationForm(form.channel(), null, form.account(), "corporate", form.dateFrom(),
				form.dateTo(), form.counterparties(), false, form.businessArea(), form.subject(), "logistical",
				form.classification(), form.personalData(), null, false, "not-yet", false));
		submit(register, form.withTransferred("yes"));
		String withdrawn = submit(register, form);
		register.service.withdraw("aad-alice", withdrawn, "Duplicate");
		String linked = submit(register, form);
		register.service.markTransferred(linked, "transfer-9");
		String confirmed = submit(register, form);
		register.service.confirmTransferred("aad-alice", confirmed);
		String open = submit(register, form);

		clock.advance(Duration.ofDays(7));
		job.sendDue();

		assertThat(sent).containsExactly("aad-alice|" + open);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void twoInstancesRunningTogetherSendEachReminderExactlyOnce(Kind kind) throws Exception {
		DataSource database = TestDatabases.migrated(kind);
		Register first = new Register(database, clock);
		Register second = new Register(database, clock);
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			references.add(submit(i % 2 == 0 ? first : second, Register.form(TODAY)));
		}
		List<DeclarationReminders> instances = List.of(reminders(first, sent), reminders(second, sent));
		AtomicInteger total = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(instances.size());
		try {
			for (int round = 1; round <= 3; round++) {
				clock.advance(Duration.ofDays(7));
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> runs = new ArrayList<>();
				for (DeclarationReminders instance : instances) {
					runs.add(pool.submit(() -> {
						start.await();
						return instance.sendDue();
					}));
				}
				start.countDown();
				for (Future<Integer> run : runs) {
					total.addAndGet(run.get(60, TimeUnit.SECONDS));
				}
				assertThat(sent).as("after round %d", round).hasSize(30 * round);
			}
		} finally {
			pool.shutdownNow();
		}
		Map<String, Integer> perReference = new ConcurrentHashMap<>();
		sent.forEach(entry -> perReference.merge(entry, 1, Integer::sum));
		assertThat(perReference).hasSize(30).allSatisfy((reference, times) -> assertThat(times).isEqualTo(3));
		assertThat(total.get()).isEqualTo(90);
	}
}
