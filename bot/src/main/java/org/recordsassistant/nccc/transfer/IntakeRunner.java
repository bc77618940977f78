package org.recordsassistant.nccc.transfer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.recordsassistant.nccc.transfer.TransferIntake.Rejected;
import org.recordsassistant.nccc.transfer.TransferIntake.Result;
import org.springframework.stereotype.Component;

/**
 * Reads uploads off the request thread, a few at a time: a 2 GB download must not hold a Teams turn (which Teams
 * gives up on after about 15 seconds) nor let a burst of uploads fill the disk and the CPU at once.
 */
@Component
class IntakeRunner {
	static final String BUSY = "I'm reading a lot of files just now, so I couldn't take that one. Please send it "
			+ "again in a few minutes. Nothing has been kept.";
	private static final int QUEUE = 50;

	private final ThreadPoolExecutor pool;

	IntakeRunner(TransferProperties settings) {
		int threads = Math.max(1, settings.maxConcurrentReads());
		AtomicInteger count = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
				task -> {
					Thread thread = new Thread(task, "transfer-intake-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
	}

	/** Runs the read; when too many are waiting, answers at once that the bot is busy (nothing was created). */
	CompletableFuture<Result> submit(Supplier<Result> read) {
		try {
			return CompletableFuture.supplyAsync(read, pool);
		}
		catch (RejectedExecutionException ex) {
			return CompletableFuture.completedFuture(new Rejected(BUSY));
		}
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}
}
