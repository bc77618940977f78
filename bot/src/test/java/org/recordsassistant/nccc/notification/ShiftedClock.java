package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock plus an offset a test can move forward: time still passes (retries fall due), and a test
 * can jump days ahead to make reminders due, without sleeping.
 */
final class ShiftedClock extends Clock {
	private volatile Duration offset = Duration.ZERO;

	void advance(Duration by) {
		offset = offset.plus(by);
	}

	/** Back to the system time, so tests that come later in the shared context start from today. */
	void reset() {
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
		return Instant.now().plus(offset);
	}
}
