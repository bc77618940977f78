package org.recordsassistant.nccc.transfer.filing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Attempt;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Deferred;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.History;
import org.recordsassistant.nccc.transfer.filing.FilingSteps.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The V31 migration and the step table: claims, heartbeats, backoff, steps and notices, on H2 and PostgreSQL. */
class FilingStepsTests {
	private static final Duration STALE_AFTER = Duration.ofMinutes(10);
	private static final Duration BACKOFF = Duration.ofMinutes(1);

	static List<TestDatabases.Kind> databases() {
		return TestDatabases.all();
	}

	private final TestClock clock = new TestClock(Instant.parse("2026-03-14T09:00:00Z"));

	@ParameterizedTest
	@MethodSource("databases")
	void numbersAttemptsAndKeepsTheStepsTheyFinishedWithTheirCounts(TestDatabases.Kind kind) {
		Database db = new Database(TestDatabases.migrated(kind));
		FilingSteps steps = db.steps(FilingCheckpoint.NONE);
		String transfer = db.transfer();

		Attempt first = steps.claim(transfer, STALE_AFTER, failures -> BACKOFF);
		steps.commit(first, FilingStep.PACKAGED, clock.instant(), 5, 1_234L);
		steps.finish(first, Outcome.FAILED, "RecordsLibraryException HTTP 503");
		steps.release(first);
		clock.advance(BACKOFF);
		Attempt second = steps.claim(transfer, STALE_AFTER, failures -> BACKOFF);

		assertThat(first.number()).isEqualTo(1);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.priorFailures()).isEqualTo(1);
		History history = steps.history(transfer);
		assertThat(history.attempts()).isEqualTo(2);
		assertThat(history.done(FilingStep.PACKAGED)).isTrue();
		assertThat(history.done(FilingStep.UPLOADED)).isFalse();
		assertThat(history.latest(FilingStep.PACKAGED)).get().satisfies(row -> {
			assertThat(row.attempt()).isEqualTo(1);
			assertThat(row.files()).isEqualTo(5);
			assertThat(row.bytes()).isEqualTo(1_234L);
		});
		assertThat(history.rows()).filteredOn(row -> row.step() == FilingStep.ATTEMPT)
				.extracting(FilingSteps.Row::outcome, FilingSteps.Row::detail)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.FAILED, "RecordsLibraryException HTTP 503"),
						org.assertj.core.groups.Tuple.tuple(Outcome.RUNNING, null));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void defersASecondDeliveryWhileTheFirstStillRunsInThisInstance(TestDatabases.Kind kind) {
		Database db = new Database(TestDatabases.migrated(kind));
		FilingSteps steps = db.steps(FilingCheckpoint.NONE);
		String transfer = db.transfer();
		steps.claim(transfer, STALE_AFTER, failures -> BACKOFF);
		clock.advance(STALE_AFTER.multipliedBy(2));

		assertThatThrownBy(() -> steps.claim(transfer, STALE_AFTER, failures -> BACKOFF))
				.isInstanceOf(Deferred.class).hasMessageContaining("running in this instance");
		assertThat(steps.history(transfer).attempts()).isEqualTo(1);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void takesOverAnotherInstancesAttemptOnlyOnceItsHeartbeatIsStale(TestDatabases.Kind kind) {
		Database db = new Database(TestDatabases.migrated(kind));
		FilingSteps crashed = db.steps(FilingCheckpoint.NONE);
		FilingSteps restarted = db.steps(FilingCheckpoint.NONE);
		String transfer = db.transfer();
		Attempt lost = crashed.claim(transfer, STALE_AFTER, failures -> Duration.ZERO);
		clock.advance(STALE_AFTER.minusSeconds(1));
		crashed.touch(lost);
		clock.advance(STALE_AFTER.minusSeconds(1));

		assertThatThrownBy(() -> restarted.claim(transfer, STALE_AFTER, failures -> Duration.ZERO))
				.isInstanceOf(Deferred.class).hasMessageContaining("another instance");
		clock.advance(Duration.ofSeconds(2));
		Attempt taken = restarted.claim(transfer, STALE_AFTER, failures -> Duration.ZERO);

		assertThat(taken.number()).isEqualTo(2);
		assertThat(taken.priorFailures()).isEqualTo(1);
		assertThat(restarted.history(transfer).rows()).filteredOn(row -> row.attempt() == 1)
				.extracting(FilingSteps.Row::outcome).containsExactly(Outcome.ABANDONED);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void takesOverAtOnceAnAttemptThatDiedInThisInstance(TestDatabases.Kind kind) {
		Database db = new Database(TestDatabases.migrated(kind));
		FilingSteps steps = db.steps(FilingCheckpoint.NONE);
		String transfer = db.transfer();
		Attempt died = steps.claim(transfer, STALE_AFTER, failures -> Duration.ZERO);
		steps.release(died); // an Error escaped: nothing was recorded

		Attempt next = steps.claim(transfer, STALE_AFTER, failures -> Duration.ZERO);

		assertThat(next.number()).isEqualTo(2);
		assertThat(next.priorFailures()).isEqualTo(1);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void waitsForTheBackoffThatGrowsWithEachFailure(TestDatabases.Kind kind) {
		Database db = new Database(TestDatabases.migrated(kind));
		FilingSteps steps = db.steps(FilingCheckpoint.NONE);
		String transfer = db.transfer();
		FilingProperties settings = new FilingProperties(5, List.of(), org.springframework.util.unit.DataSize
				.ofMegabytes(50), 25, Duration.ofSeconds(30), BACKOFF, STALE_AFTER);
		for (int failures = 1; failures <= 3; failures++) {
			Attempt attempt = steps.claim(transfer, STALE_AFTER, settings::backoffAfter);
			steps.finish(attempt, Outcome.FAILED, "IllegalStateException");
			steps.release(attempt);
			Duration wait = BACKOFF.multipliedBy(1L << (failures - 1));
			clock.advance(wait.minusSeconds(1));
			assertThatThrownBy(() -> steps.claim(transfer, STALE_AFTER, settings::backoffAfter))
					.isInstanceOf(Deferred.class).hasMessageContaining("retry " + (failures + 1) + " is due");
			clock.advance(Duration.ofSeconds(1));
		}
		assertThat(steps.claim(transfer, STALE_AFTER, settings::backoffAfter).number()).isEqualTo(4);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aCrashAtTheCheckpointRollsBackTheStepTogetherWithItsChanges(TestDatabases.Kind kind) {
		Database db = new Database(TestDatabases.migrated(kind));
		FilingSteps steps = db.steps((transferId, step) -> {
			throw new OutOfMemoryError("simulated crash at " + step);
		});
		String transfer = db.transfer();
		Attempt attempt = steps.claim(transfer, STALE_AFTER, failures -> Duration.ZERO);

		assertThatThrownBy(() -> steps.commit(attempt, FilingStep.MARKED_FILED, clock.instant(), 3, null,
				() -> db.jdbc.sql("UPDATE transfer_job SET status = 'FILED' WHERE id = ?").param(transfer).update()))
				.isInstanceOf(OutOfMemoryError.class);

		assertThat(steps.history(transfer).done(FilingStep.MARKED_FILED)).isFalse();
		assertThat(db.jdbc.sql("SELECT status FROM transfer_job WHERE id = ?").param(transfer).query(String.class)
				.single()).isEqualTo("CONFIRMED");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void keepsNoticesSoTheyAreSentOncePerTransfer(TestDatabases.Kind kind) {
		Database db = new Database(TestDatabases.migrated(kind));
		FilingSteps steps = db.steps(FilingCheckpoint.NONE);
		String transfer = db.transfer();
		Attempt attempt = steps.claim(transfer, STALE_AFTER, failures -> Duration.ZERO);

		steps.noticed(attempt, FilingStep.OPERATORS_ALERTED);

		assertThat(steps.history(transfer).done(FilingStep.OPERATORS_ALERTED)).isTrue();
		assertThat(steps.history(transfer).done(FilingStep.USER_TOLD_DELAYED)).isFalse();
		assertThat(steps.history(db.transfer()).done(FilingStep.OPERATORS_ALERTED)).isFalse();
	}

	/** One migrated database with confirmed transfers to file. */
	private final class Database {
		final DataSource dataSource;
		final JdbcClient jdbc;

		Database(DataSource dataSource) {
			this.dataSource = dataSource;
			this.jdbc = JdbcClient.create(dataSource);
		}

		FilingSteps steps(FilingCheckpoint checkpoint) {
			return new FilingSteps(jdbc, new DataSourceTransactionManager(dataSource), checkpoint, clock);
		}

		String transfer() {
			String id = UUID.randomUUID().toString();
			jdbc.sql("""
					INSERT INTO transfer_job (id, user_key, status, mode, file_name, job_folder, created_at, updated_at)
					VALUES (:id, 'user-1', 'CONFIRMED', 'AS_IS', 'photo.jpg', :folder, :now, :now)""")
					.param("id", id).param("folder", "/work/jobs/" + id)
					.param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
			return id;
		}
	}

}
