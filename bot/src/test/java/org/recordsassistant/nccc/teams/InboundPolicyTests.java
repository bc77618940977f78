package org.recordsassistant.nccc.teams;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboundPolicyTests {
	private static TeamsProperties teams(String appId, boolean allowLoopback) {
		return new TeamsProperties(appId, "", "tenant-1", TeamsProperties.CredentialType.SECRET, "", "", "",
				List.of(), List.of("smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com"), allowLoopback,
				"", new TeamsProperties.Connector(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofMillis(1),
						Duration.ofSeconds(1)));
	}

	private final InboundPolicy production = new InboundPolicy(teams("app", false), new ObjectMapper());
	private final InboundPolicy local = new InboundPolicy(teams("", false), new ObjectMapper());

	@Test
	void acceptsBotFrameworkAndTeamsHostsOverHttps() {
		assertThat(production.serviceUrlAllowed("https://smba.trafficmanager.net/uk/")).isTrue();
		assertThat(production.serviceUrlAllowed("https://europe.webchat.botframework.com/")).isTrue();
		assertThat(production.serviceUrlAllowed("https://smba.infra.gov.teams.microsoft.com/")).isTrue();
	}

	@Test
	void refusesLookAlikesPlainHttpAndUserInfo() {
		assertThat(production.serviceUrlAllowed("https://evil.trafficmanager.net/")).isFalse();
		assertThat(production.serviceUrlAllowed("https://botframework.com.evil.example/")).isFalse();
		assertThat(production.serviceUrlAllowed("https://evilbotframework.com/")).isFalse();
		assertThat(production.serviceUrlAllowed("http://smba.trafficmanager.net/uk/")).isFalse();
		assertThat(production.serviceUrlAllowed("https://smba.trafficmanager.net@evil.example/")).isFalse();
		assertThat(production.serviceUrlAllowed("not a url")).isFalse();
	}

	@Test
	void loopbackOnlyInLocalMode() {
		assertThat(production.serviceUrlAllowed("http://127.0.0.1:56000/")).isFalse();
		assertThat(local.serviceUrlAllowed("http://127.0.0.1:56000/")).isTrue();
		assertThat(local.serviceUrlAllowed("http://localhost:56000/")).isTrue();
		assertThat(local.serviceUrlAllowed("http://10.0.0.5:56000/")).isFalse();
	}
}
