package org.recordsassistant.nccc.notification;

import java.time.Duration;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import org.recordsassistant.nccc.testing.TestClock;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.GraphClientFactory;
import org.recordsassistant.graphconnector.GraphMailerBuilder;
import org.recordsassistant.graphconnector.GraphTeamsAppInstallerBuilder;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.TeamsAppInstaller;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What {@link NotificationEndToEndTest} puts in place of production beans: a clock tests move, a directory they
 * fill, and Graph (mail, app installs) on loopback.
 */
@TestConfiguration(proxyBeanMethods = false)
class NotificationTestBeans {
	@Bean
	TestClock shiftedClock() {
		return TestClock.shiftedSystemClock();
	}

	@Bean
	@Primary
	Directory testDirectory() {
		return NotificationEndToEndTest.people;
	}

	@Bean
	@Primary
	Mailer graphMailerOnLoopback() {
		return new GraphMailerBuilder().sender(NotificationEndToEndTest.MAIL_SENDER).graphClient(graphClient())
				.buildClient();
	}

	@Bean
	@Primary
	TeamsAppInstaller graphInstallerOnLoopback() {
		return new GraphTeamsAppInstallerBuilder().manifestId("manifest-id").graphClient(graphClient()).buildClient();
	}

	private static GraphServiceClient graphClient() {
		return GraphClientFactory.createClient(new AnonymousAuthenticationProvider(),
				"http://127.0.0.1:" + NotificationEndToEndTest.graph.port() + "/v1.0", Duration.ofSeconds(5), 0);
	}
}
