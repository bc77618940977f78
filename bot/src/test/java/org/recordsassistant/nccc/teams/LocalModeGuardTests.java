package org.recordsassistant.nccc.teams;

import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.NcccBotApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Auth off must never mean open to the network. */
class LocalModeGuardTests {

	@Test
	void refusesToStartWithoutAnAppIdOnANonLoopbackAddress() {
		SpringApplication app = new SpringApplication(NcccBotApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run("--server.address=0.0.0.0", "--spring.datasource.url=jdbc:h2:mem:guard",
				"--spring.main.banner-mode=off"))
				.hasStackTraceContaining("must bind to a loopback address");
	}

	@Test
	void refusesAnAppIdWithoutATenant() {
		SpringApplication app = new SpringApplication(NcccBotApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run("--nccc.teams.app-id=some-app", "--spring.datasource.url=jdbc:h2:mem:guard2",
				"--spring.main.banner-mode=off"))
				.hasStackTraceContaining("nccc.teams.tenant-id");
	}

	@Test
	void treatsOnlyLoopbackAddressesAsLocal() {
		assertThat(LocalModeGuard.isLoopback("127.0.0.1")).isTrue();
		assertThat(LocalModeGuard.isLoopback("::1")).isTrue();
		assertThat(LocalModeGuard.isLoopback("0.0.0.0")).isFalse();
		assertThat(LocalModeGuard.isLoopback("")).isFalse();
	}
}
