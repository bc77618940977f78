package org.recordsassistant.nccc.declaration;

/** Delivers a reminder to the user's chat; throws when it could not be delivered. */
@FunctionalInterface
interface ReminderSender {
	void send(String userKey, String text);
}
