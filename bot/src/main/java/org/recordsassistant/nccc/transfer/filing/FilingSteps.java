package org.recordsassistant.nccc.transfer.filing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code transfer_filing_step} table: filing attempts, the steps they finished and the notices they sent.
 *
 * <p>An attempt is claimed before any work: at most one runs per transfer. The event registry resubmits a
 * publication while its listener may still be running (a long upload outlives the resubmission age), so a claim
 * that finds a running attempt is deferred: in this instance when it is in {@link #running}, elsewhere while
 * its heartbeat is younger than {@code staleAfter}. An attempt that stopped without saying how (the process was
 * killed, or an {@link Error} escaped) is marked ABANDONED and counts as a failure.
 */
@Repository
class FilingSteps {
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final TransactionTemplate transaction;
	private final FilingCheckpoint checkpoint;
	private final Clock clock;
	private final String workerId = UUID.randomUUID().toString();
	private final Set<String> running = ConcurrentHashMap.newKeySet();

	@Autowired
	FilingSteps(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<FilingCheckpoint> checkpoint) {
		this(jdbc, transactions, checkpoint.getIfAvailable(() -> FilingCheckpoint.NONE), Clock.systemUTC());
	}

	FilingSteps(JdbcClient jdbc, PlatformTransactionManager transactions, FilingCheckpoint checkpoint, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transaction = new TransactionTemplate(transactions);
		this.checkpoint = checkpoint;
		this.clock = clock;
	}

	/** How an attempt (the ATTEMPT row) ended; work steps and notices are always DONE. */
	enum Outcome {
		RUNNING, DONE, FAILED, ABANDONED, GAVE_UP
	}

	/**
	 * A claimed attempt.
	 *
	 * @param number 1 for the first attempt
	 * @param priorFailures earlier attempts that failed or were abandoned
	 */
	record Attempt(String transferId, int number, int priorFailures) {
	}

	/** One row. {@code files} and {@code bytes} are null when the step has no count. */
	record Row(int attempt, FilingStep step, Outcome outcome, String workerId, Instant touchedAt,
			Instant finishedAt, Integer files, Long bytes, String detail) {
	}

	/** Every row of one transfer, oldest attempt first. */
	record History(List<Row> rows) {
		boolean done(FilingStep step) {
			return latest(step).isPresent();
		}

		/** The latest DONE row of a step or notice. */
		Optional<Row> latest(FilingStep step) {
			return rows.stream().filter(r -> r.step() == step && r.outcome() == Outcome.DONE)
					.max(Comparator.comparingInt(Row::attempt));
		}

		int attempts() {
			return (int) rows.stream().filter(r -> r.step() == FilingStep.ATTEMPT).count();
		}
	}

	/** Why a claim was refused; the filing runs later, when the registry resubmits it. */
	static final class Deferred extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Deferred(String transferId, String why) {
			super("Filing of transfer " + transferId + " deferred: " + why, null, false, false);
		}
	}

	History history(String transferId) {
		return new History(jdbc.sql("SELECT * FROM transfer_filing_step WHERE transfer_id = :id ORDER BY attempt, "
				+ "started_at").param("id", transferId).query(FilingSteps::map).list());
	}

	/**
	 * Starts a new attempt, committed at once so other instances see it.
	 *
	 * @param staleAfter how long another instance's attempt may go without a heartbeat before it counts as dead
	 * @param backoff the wait after the last failure, given the number of failures so far (1 or more)
	 * @throws Deferred if an attempt is running, or the last failure was too recent
	 */
	Attempt claim(String transferId, Duration staleAfter, IntFunction<Duration> backoff) {
		if (!running.add(transferId)) {
			throw new Deferred(transferId, "an attempt is running in this instance");
		}
		try {
			Object claimed = ownTransaction.execute(status -> claimInTransaction(transferId, staleAfter, backoff));
			if (claimed instanceof Deferred deferred) {
				throw deferred;
			}
			return (Attempt) claimed;
		} catch (DuplicateKeyException raced) {
			running.remove(transferId);
			throw new Deferred(transferId, "another instance claimed the same attempt");
		} catch (RuntimeException | Error e) {
			running.remove(transferId);
			throw e;
		}
	}

	private Object claimInTransaction(String transferId, Duration staleAfter, IntFunction<Duration> backoff) {
		Instant now = clock.instant();
		List<Row> attempts = history(transferId).rows().stream().filter(r -> r.step() == FilingStep.ATTEMPT).toList();
		Row last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
		if (last != null && last.outcome() == Outcome.RUNNING) {
			boolean diedHere = workerId.equals(last.workerId());
			if (!diedHere && last.touchedAt().isAfter(now.minus(staleAfter))) {
				return new Deferred(transferId, "attempt " + last.attempt() + " is running in another instance");
			}
			// Its last heartbeat is when it was last known alive: that is when it ended, for the backoff.
			jdbc.sql("UPDATE transfer_filing_step SET outcome = :abandoned, finished_at = touched_at "
					+ "WHERE transfer_id = :id AND attempt = :attempt AND step = :step AND outcome = :running")
					.param("abandoned", Outcome.ABANDONED.name()).param("id", transferId)
					.param("attempt", last.attempt()).param("step", FilingStep.ATTEMPT.name())
					.param("running", Outcome.RUNNING.name()).update();
			last = new Row(last.attempt(), last.step(), Outcome.ABANDONED, last.workerId(), last.touchedAt(),
					last.touchedAt(), null, null, null);
		}
		int failures = (int) attempts.stream().filter(r -> r.outcome() != Outcome.DONE).count();
		if (failures > 0 && last != null && last.finishedAt() != null) {
			Instant due = last.finishedAt().plus(backoff.apply(failures));
			if (now.isBefore(due)) {
				return new Deferred(transferId, "retry " + (failures + 1) + " is due at " + due);
			}
		}
		int number = last == null ? 1 : last.attempt() + 1;
		insert(transferId, number, FilingStep.ATTEMPT, Outcome.RUNNING, now, null, null, null);
		return new Attempt(transferId, number, failures);
	}

	/** Records how an attempt ended; the transfer can be claimed again (after the backoff when it failed). */
	void finish(Attempt attempt, Outcome outcome, String detail) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				UPDATE transfer_filing_step SET outcome = :outcome, finished_at = :now, touched_at = :now,
				  detail = :detail
				WHERE transfer_id = :id AND attempt = :attempt AND step = :step""")
				.param("outcome", outcome.name()).param("now", utc(clock.instant())).param("detail", detail)
				.param("id", attempt.transferId()).param("attempt", attempt.number())
				.param("step", FilingStep.ATTEMPT.name()).update());
	}

	/**
	 * The attempt no longer runs in this instance, however it ended. One that was not {@link #finish finished}
	 * (an {@link Error} escaped) is taken over by the next claim, without waiting for it to go stale.
	 */
	void release(Attempt attempt) {
		running.remove(attempt.transferId());
	}

	/** The heartbeat: the attempt is alive. */
	void touch(Attempt attempt) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("UPDATE transfer_filing_step SET touched_at = :now "
				+ "WHERE transfer_id = :id AND attempt = :attempt AND step = :step")
				.param("now", utc(clock.instant())).param("id", attempt.transferId())
				.param("attempt", attempt.number()).param("step", FilingStep.ATTEMPT.name()).update());
	}

	/**
	 * Records a finished step in one transaction with the step's own database changes ({@code changes}, run
	 * first), passing the {@link FilingCheckpoint} just before the commit.
	 *
	 * @param files files the step handled, or null
	 * @param bytes bytes the step handled, or null
	 */
	void commit(Attempt attempt, FilingStep step, Instant startedAt, Integer files, Long bytes, Runnable changes) {
		transaction.executeWithoutResult(status -> {
			changes.run();
			checkpoint.afterWork(attempt.transferId(), step);
			insert(attempt.transferId(), attempt.number(), step, Outcome.DONE, startedAt, clock.instant(), files,
					bytes);
		});
	}

	/** Records a step that has no database changes of its own. */
	void commit(Attempt attempt, FilingStep step, Instant startedAt, Integer files, Long bytes) {
		commit(attempt, step, startedAt, files, bytes, () -> {
		});
	}

	/** Records a notice in its own transaction. Call it once the notice went out. */
	void noticed(Attempt attempt, FilingStep notice) {
		Instant now = clock.instant();
		ownTransaction.executeWithoutResult(status -> insert(attempt.transferId(), attempt.number(), notice,
				Outcome.DONE, now, now, null, null));
	}

	Instant now() {
		return clock.instant();
	}

	private void insert(String transferId, int attempt, FilingStep step, Outcome outcome, Instant started,
			Instant finished, Integer files, Long bytes) {
		jdbc.sql("""
				INSERT INTO transfer_filing_step (transfer_id, attempt, step, outcome, worker_id, started_at,
				  touched_at, finished_at, file_count, byte_count)
				VALUES (:id, :attempt, :step, :outcome, :worker, :started, :touched, :finished, :files, :bytes)""")
				.param("id", transferId).param("attempt", attempt).param("step", step.name())
				.param("outcome", outcome.name()).param("worker", workerId).param("started", utc(started))
				.param("touched", utc(finished == null ? started : finished)).param("finished", utc(finished))
				.param("files", files).param("bytes", bytes).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new Row(rs.getInt("attempt"), FilingStep.valueOf(rs.getString("step")),
				Outcome.valueOf(rs.getString("outcome")), rs.getString("worker_id"),
				rs.getObject("touched_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant(), rs.getObject("file_count", Integer.class),
				rs.getObject("byte_count", Long.class), rs.getString("detail"));
	}
}
