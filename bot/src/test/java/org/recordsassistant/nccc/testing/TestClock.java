package org.recordsassistant.nccc.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, so reminder, digest, pacing and date rules run without sleeping. Either
 * fixed ({@link #TestClock(Instant)}: time stands still until moved) or the system clock with an offset
 * ({@link #shiftedSystemClock()}: time still passes, so retries fall due, and a test can jump days ahead).
 */
public final class TestClock extends Clock {
	private volatile Instant fixed;
	private volatile Duration offset = Duration.ZERO;

	public TestClock(Instant now) {
		this.fixed = now;
	}

	private TestClock() {
	}

	public static TestClock shiftedSystemClock() {
		return new TestClock();
	}

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** A fixed clock now reads {@code instant}. */
	public void set(Instant instant) {
		fixed = instant;
		offset = Duration.ZERO;
	}

	/** Undoes every {@link #advance}, so tests that come later in a shared context start from the same time. */
	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant base = fixed;
		return (base == null ? Instant.now() : base).plus(offset);
	}
}
