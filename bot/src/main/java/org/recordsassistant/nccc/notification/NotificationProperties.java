package org.recordsassistant.nccc.notification;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is told about what happens in each business area.
 *
 * @param areas business area key → its IAO and deputy (Entra object ids)
 * @param defaultIao where an unknown or unrouted area goes; blank means nobody (local mode)
 * @param defaultDeputy the default IAO's deputy
 */
@ConfigurationProperties("nccc.notification")
record NotificationProperties(
		@DefaultValue Map<String, AreaOwners> areas,
		@DefaultValue("") String defaultIao,
		@DefaultValue("") String defaultDeputy) {

	record AreaOwners(@DefaultValue("") String iao, @DefaultValue("") String deputy) {
	}
}
