package org.recordsassistant.nccc.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {
	private static Instant london(String local) {
		return ZonedDateTime.parse(local + "[Europe/London]").toInstant();
	}

	@Test
	void skipsTheWeekend() {
		// Thursday 26 November 2026, 10:00 plus 3 working days is Tuesday 1 December, same time.
		assertThat(WorkingDays.plus(london("2026-11-26T10:00:00Z"), 3)).isEqualTo(london("2026-12-01T10:00:00Z"));
	}

	@Test
	void aWeekendStartCountsFromMonday() {
		assertThat(WorkingDays.plus(london("2026-11-28T09:00:00Z"), 1)).isEqualTo(london("2026-11-30T09:00:00Z"));
	}

	@Test
	void keepsTheLocalTimeAcrossTheClockChange() {
		// Friday 23 October 2026 09:00 BST plus 5 working days: Friday 30 October 09:00 GMT.
		assertThat(WorkingDays.plus(ZonedDateTime.parse("2026-10-23T09:00:00+01:00[Europe/London]").toInstant(), 5))
				.isEqualTo(ZonedDateTime.parse("2026-10-30T09:00:00Z[Europe/London]").toInstant());
	}

	@Test
	void zeroDaysIsTheStart() {
		Instant start = london("2026-11-25T12:00:00Z");
		assertThat(WorkingDays.plus(start, 0)).isEqualTo(start);
	}
}
