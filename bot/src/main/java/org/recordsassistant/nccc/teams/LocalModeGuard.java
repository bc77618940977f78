package org.recordsassistant.nccc.teams;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * With no app id the bot cannot check who is calling, so it must only be reachable from this
 * machine. Refuses to start otherwise rather than run an open, unauthenticated endpoint.
 */
final class LocalModeGuard {
	private static final Logger log = LoggerFactory.getLogger(LocalModeGuard.class);

	private LocalModeGuard() {
	}

	static void check(TeamsProperties teams, Environment environment) {
		if (!teams.localMode()) {
			log.info("Bot Framework authentication on for app id {}; tenants allowed: {}", teams.appId(),
					teams.effectiveAllowedTenants().size());
			if (teams.effectiveAllowedTenants().isEmpty()) {
				throw new IllegalStateException("nccc.teams.app-id is set but neither nccc.teams.tenant-id nor "
						+ "nccc.teams.allowed-tenants is: set the tenant the bot serves");
			}
			return;
		}
		String address = environment.getProperty("server.address", "");
		if (!isLoopback(address)) {
			throw new IllegalStateException("Local mode (no nccc.teams.app-id) runs with authentication off and must "
					+ "bind to a loopback address, but server.address is '" + address + "'. Set server.address=127.0.0.1 "
					+ "or configure nccc.teams.app-id.");
		}
		log.warn("LOCAL MODE: no app id configured, Bot Framework authentication is OFF; listening on {} only "
				+ "(loopback). Configure nccc.teams.app-id before exposing the bot.", address);
	}

	static boolean isLoopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		} catch (UnknownHostException e) {
			return false;
		}
	}
}
