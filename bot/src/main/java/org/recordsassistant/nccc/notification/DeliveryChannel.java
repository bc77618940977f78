package org.recordsassistant.nccc.notification;

/** How a notification reached the IAO. */
enum DeliveryChannel {
	TEAMS,
	EMAIL
}
