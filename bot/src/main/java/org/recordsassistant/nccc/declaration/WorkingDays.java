package org.recordsassistant.nccc.declaration;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Adds working days (Monday to Friday) in UK time. Bank holidays are not counted out: a reminder a day
 * early after a bank holiday is harmless, and the list differs between the UK nations.
 */
final class WorkingDays {
	private WorkingDays() {
	}

	static Instant plus(Instant start, int workingDays) {
		ZonedDateTime day = start.atZone(DeclarationValidator.LONDON);
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
