package org.recordsassistant.nccc.declaration;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Declaration settings.
 *
 * @param businessAreas business area key to label, in the order the card offers them; the keys are
 *        what IAO routing uses
 * @param reminderAfter working days (Mon–Fri) after submission before the first transfer reminder
 * @param reminderEvery working days between reminders
 * @param reminderLimit the most reminders one declaration gets
 * @param reminderPoll how often an instance looks for due reminders
 */
@ConfigurationProperties("nccc.declaration")
record DeclarationProperties(Map<String, String> businessAreas, @DefaultValue("5") int reminderAfter,
		@DefaultValue("5") int reminderEvery, @DefaultValue("3") int reminderLimit,
		@DefaultValue("PT5M") Duration reminderPoll) {

	DeclarationProperties {
		// A copy that keeps the configured order, so the card lists areas as the configuration does.
		businessAreas = businessAreas == null ? new LinkedHashMap<>() : new LinkedHashMap<>(businessAreas);
		if (reminderAfter < 1 || reminderEvery < 1 || reminderLimit < 0) {
			throw new IllegalArgumentException("nccc.declaration reminder-after and reminder-every must be at least 1, "
					+ "reminder-limit at least 0");
		}
	}
}
