package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.util.Collection;

import org.recordsassistant.nccc.calendar.WorkingDays;

/**
 * A notice is overdue when it is still unacknowledged {@code workingDays} working days (Monday to
 * Friday, UK time) after it was created: the same rule the reminders use. Bank holidays count as
 * working days, as in the declaration reminders. Built from {@link ReminderProperties}.
 */
record OverdueRule(int workingDays) {
	boolean overdue(Instant createdAt, Instant now) {
		return !dueBy(createdAt).isAfter(now);
	}

	int count(Collection<Instant> pendingSince, Instant now) {
		return (int) pendingSince.stream().filter(created -> overdue(created, now)).count();
	}

	Instant dueBy(Instant createdAt) {
		return WorkingDays.plus(createdAt, workingDays);
	}
}
