package org.recordsassistant.nccc.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing in force: the application properties, overlaid with the routing file when there is one.
 * The file is looked at again at most every {@code routing-check}, on the next routing decision, so an
 * edit applies without a restart. Its bytes are compared rather than its modification time, which some
 * file systems keep to the second. A broken or missing file keeps the last good routing; at start-up it
 * stops the bot instead, so a typo in the path never silently routes everything to the default IAO.
 */
final class RoutingSource {
	private static final Logger log = LoggerFactory.getLogger(RoutingSource.class);

	private final RoutingTable fromProperties;
	private final Path file;
	private final long checkEveryNanos;
	private final LongSupplier nanoTime;
	private final Runnable onChange;

	private volatile RoutingTable current;
	private byte[] lastSeen;
	private volatile long nextCheck;

	/**
	 * @param file the routing file, or null for the properties alone
	 * @param onChange called after a new table is in force (to warm the directory cache)
	 * @throws IllegalStateException when the file is configured but cannot be used at start-up
	 */
	RoutingSource(RoutingTable fromProperties, Path file, Duration checkEvery, LongSupplier nanoTime, Runnable onChange) {
		this.fromProperties = fromProperties;
		this.file = file;
		this.checkEveryNanos = checkEvery.toNanos();
		this.nanoTime = nanoTime;
		this.onChange = onChange;
		this.current = fromProperties;
		if (file != null) {
			try {
				lastSeen = Files.readAllBytes(file);
				current = fromProperties.overlaidWith(RoutingFile.parse(file.getFileName().toString(), lastSeen));
			} catch (IOException e) {
				throw new IllegalStateException("nccc.notification.routing-file cannot be read: " + file, e);
			} catch (RoutingFile.Invalid e) {
				throw new IllegalStateException("nccc.notification.routing-file " + file + ": " + e.getMessage());
			}
			nextCheck = nanoTime.getAsLong() + checkEveryNanos;
			log.info("IAO routing: {} area(s) from the routing file and properties", current.areas().size());
		}
	}

	RoutingTable current() {
		if (file != null && nanoTime.getAsLong() - nextCheck >= 0) {
			check();
		}
		return current;
	}

	private synchronized void check() {
		long now = nanoTime.getAsLong();
		if (now - nextCheck < 0) {
			return; // another thread checked meanwhile
		}
		nextCheck = now + checkEveryNanos;
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			if (lastSeen != null) {
				log.warn("IAO routing file has gone; keeping the last good routing until it is back");
				lastSeen = null;
			}
			return;
		} catch (IOException e) {
			log.warn("IAO routing file cannot be read ({}); keeping the last good routing", e.getClass().getSimpleName());
			return;
		}
		if (Arrays.equals(content, lastSeen)) {
			return;
		}
		lastSeen = content;
		try {
			current = fromProperties.overlaidWith(RoutingFile.parse(file.getFileName().toString(), content));
		} catch (RoutingFile.Invalid e) {
			log.warn("IAO routing file changed but cannot be used ({}); keeping the last good routing", e.getMessage());
			return;
		}
		log.info("IAO routing reloaded: {} area(s) from the routing file and properties", current.areas().size());
		onChange.run();
	}
}
