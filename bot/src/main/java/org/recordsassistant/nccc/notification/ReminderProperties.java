package org.recordsassistant.nccc.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chasing unacknowledged notifications.
 *
 * @param after working days (Mon-Fri, UK) after delivery before the IAO is reminded
 * @param escalateAfter working days after delivery before the deputy gets the card
 * @param poll how often each instance looks for due reminders (they go out once across instances)
 */
@ConfigurationProperties("nccc.notification.reminders")
record ReminderProperties(
		@DefaultValue("3") int after,
		@DefaultValue("5") int escalateAfter,
		@DefaultValue("15m") Duration poll) {

	/** When the IAO is reminded; the overview and digest count a notice as overdue from then. */
	OverdueRule reminderDue() {
		return new OverdueRule(after);
	}

	/** When the deputy gets the card. */
	OverdueRule escalationDue() {
		return new OverdueRule(escalateAfter);
	}
}
