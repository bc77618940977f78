package org.recordsassistant.nccc.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;

/**
 * A notice is overdue when it is still unacknowledged {@code workingDays} working days (Monday to
 * Friday, UK time) after it was created: the same rule the reminders use. Bank holidays count as
 * working days, as in the declaration reminders.
 */
record OverdueRule(int workingDays) {
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	boolean overdue(Instant createdAt, Instant now) {
		return !dueBy(createdAt).isAfter(now);
	}

	int count(Collection<Instant> pendingSince, Instant now) {
		return (int) pendingSince.stream().filter(created -> overdue(created, now)).count();
	}

	Instant dueBy(Instant createdAt) {
		ZonedDateTime day = createdAt.atZone(LONDON);
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
