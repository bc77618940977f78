package org.recordsassistant.nccc.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Adds working days (Monday to Friday) in UK time, as the declaration reminders do; a copy rather than a
 * reach into that module. Bank holidays count as working days: a reminder a day early is harmless, and the
 * list differs between the UK nations.
 */
final class WorkingDays {
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private WorkingDays() {
	}

	static Instant plus(Instant start, int workingDays) {
		ZonedDateTime day = start.atZone(LONDON);
		int added = 0;
		while (added < workingDays) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return day.toInstant();
	}
}
