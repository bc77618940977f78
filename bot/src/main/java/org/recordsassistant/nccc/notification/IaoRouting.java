package org.recordsassistant.nccc.notification;

import org.springframework.stereotype.Component;

/** Finds the IAO and deputy for a business area; an area nobody owns goes to the default and is flagged. */
@Component
class IaoRouting {
	private final NotificationProperties settings;

	IaoRouting(NotificationProperties settings) {
		this.settings = settings;
	}

	/**
	 * @param iao the IAO's user key, blank when nobody is configured
	 * @param deputy the deputy's user key, may be blank
	 * @param unrouted true when the area had no owner of its own and went to the default
	 */
	record Route(String iao, String deputy, boolean unrouted) {
		boolean hasIao() {
			return iao != null && !iao.isBlank();
		}
	}

	Route route(String businessArea) {
		NotificationProperties.AreaOwners owners = businessArea == null ? null : settings.areas().get(businessArea);
		if (owners != null && !owners.iao().isBlank()) {
			return new Route(owners.iao(), owners.deputy(), false);
		}
		return new Route(settings.defaultIao(), settings.defaultDeputy(), true);
	}
}
