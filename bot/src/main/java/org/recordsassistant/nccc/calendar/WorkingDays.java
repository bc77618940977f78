package org.recordsassistant.nccc.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working days (Monday to Friday) in UK time: the one rule behind declaration reminders, IAO reminders,
 * escalation and "overdue". Bank holidays count as working days: a reminder a day early is harmless, and
 * the list differs between the UK nations.
 */
public final class WorkingDays {
	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private WorkingDays() {
	}

	/** The instant {@code workingDays} working days after {@code start}, at the same time of day. */
	public static Instant plus(Instant start, int workingDays) {
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
