package org.recordsassistant.nccc.notification;

import org.recordsassistant.graphconnector.Directory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the IAO routing, the {@code iao} overview with its register export, and the weekly digest from
 * plain objects, so tests can build the same pieces on any database.
 */
@Configuration(proxyBeanMethods = false)
class IaoOverviewConfiguration {

	@Bean(destroyMethod = "close")
	IaoRouting iaoRouting(NotificationProperties settings, Directory directory) {
		return new IaoRouting(settings, directory);
	}
}
