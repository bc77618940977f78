package org.recordsassistant.nccc.notification;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns configured IAOs and deputies into the bot's user keys (Entra object ids). An object id is used as
 * it is; a UPN (anything with an @) is looked up in the directory once and cached. A routing decision
 * waits at most {@code wait} for the directory, so a slow or broken directory never holds up a turn:
 * the lookup carries on in the background and the next decision uses its answer. A failed lookup is
 * retried after a minute; a found id is refreshed twice a day and kept if the refresh fails.
 */
final class UserKeys implements AutoCloseable {
	private static final Logger log = LoggerFactory.getLogger(UserKeys.class);
	static final Duration RETRY_FAILED = Duration.ofMinutes(1);
	static final Duration REFRESH_FOUND = Duration.ofHours(12);

	private final Directory directory;
	private final Duration wait;
	private final LongSupplier nanoTime;
	private final ExecutorService lookups;
	private final Map<String, Lookup> cache = new ConcurrentHashMap<>();

	/** One directory lookup, running or done; {@code previous} is the id known before it started. */
	private record Lookup(CompletableFuture<Optional<String>> id, long startedAt, String previous) {
		/** The answer if the directory gave one (an unknown UPN has no id), else the id known before. */
		String known() {
			return id.isDone() && !id.isCompletedExceptionally() ? id.join().orElse(null) : previous;
		}
	}

	UserKeys(Directory directory, Duration wait, LongSupplier nanoTime) {
		this.directory = directory;
		this.wait = wait;
		this.nanoTime = nanoTime;
		AtomicInteger threads = new AtomicInteger();
		this.lookups = Executors.newFixedThreadPool(2, task -> {
			Thread thread = new Thread(task, "iao-directory-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	static boolean isUpn(String configured) {
		return configured.indexOf('@') > 0;
	}

	/**
	 * @return configured value → object id, for every value that is an object id or a UPN the directory
	 *         answered within the wait; the others are missing
	 */
	Map<String, String> resolve(Collection<String> configured) {
		Map<String, String> ids = new HashMap<>();
		Map<String, Lookup> pending = new LinkedHashMap<>();
		for (String value : configured) {
			if (value == null || value.isBlank()) {
				continue;
			}
			if (isUpn(value)) {
				pending.put(value, lookup(value));
			} else {
				ids.put(value, value);
			}
		}
		long deadline = nanoTime.getAsLong() + wait.toNanos();
		for (Map.Entry<String, Lookup> entry : pending.entrySet()) {
			String id = await(entry.getValue(), deadline);
			if (id != null) {
				ids.put(entry.getKey(), id);
			}
		}
		return ids;
	}

	/** Starts lookups for these values without waiting, so later decisions find them cached. */
	void warm(Collection<String> configured) {
		configured.stream().filter(value -> value != null && isUpn(value)).forEach(this::lookup);
	}

	private String await(Lookup lookup, long deadline) {
		try {
			long left = Math.max(0, deadline - nanoTime.getAsLong());
			return lookup.id().get(left, TimeUnit.NANOSECONDS).orElse(null);
		} catch (TimeoutException e) {
			return lookup.previous();
		} catch (ExecutionException e) {
			return lookup.previous();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return lookup.previous();
		}
	}

	/** The person's display name, if the directory answers within the wait; not cached (rarely asked). */
	Optional<String> displayName(String userKey) {
		CompletableFuture<Optional<String>> name = CompletableFuture.supplyAsync(() -> directory.findUser(userKey)
				.map(DirectoryUser::displayName).filter(n -> !n.isBlank()), lookups);
		try {
			return name.get(wait.toNanos(), TimeUnit.NANOSECONDS);
		} catch (TimeoutException | ExecutionException e) {
			log.info("Directory gave no name within the wait ({})", e.getClass().getSimpleName());
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private Lookup lookup(String upn) {
		return cache.compute(upn.toLowerCase(Locale.ROOT), (key, old) -> {
			if (old != null && !due(old)) {
				return old;
			}
			String previous = old == null ? null : old.known();
			return new Lookup(CompletableFuture.supplyAsync(() -> find(upn), lookups), nanoTime.getAsLong(), previous);
		});
	}

	private boolean due(Lookup lookup) {
		if (!lookup.id().isDone()) {
			return false;
		}
		boolean found = !lookup.id().isCompletedExceptionally() && lookup.id().join().isPresent();
		Duration age = Duration.ofNanos(nanoTime.getAsLong() - lookup.startedAt());
		return age.compareTo(found ? REFRESH_FOUND : RETRY_FAILED) >= 0;
	}

	private Optional<String> find(String upn) {
		try {
			Optional<String> id = directory.findUser(upn).map(DirectoryUser::id);
			if (id.isEmpty()) {
				log.warn("A configured IAO or deputy UPN is not in the directory; their areas go to the default IAO");
			}
			return id;
		} catch (RuntimeException e) {
			log.warn("Directory lookup of a configured IAO or deputy failed ({}); retrying in {}",
					e.getClass().getSimpleName(), RETRY_FAILED);
			throw e;
		}
	}

	@Override
	public void close() {
		lookups.shutdownNow();
	}
}
