package org.recordsassistant.nccc.teams;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hosting settings. With no {@code appId} the bot runs in local mode: inbound authentication off,
 * loopback only (see {@link LocalModeGuard}).
 *
 * @param appId the Entra app id of the bot registration; blank for local mode
 * @param appPassword the client secret when {@code credentialType=secret}
 * @param tenantId our tenant: outbound tokens are requested from it (single-tenant bot)
 * @param credentialType how the bot proves itself to the Bot Connector
 * @param certificatePath PEM or PFX file for {@code credentialType=certificate}
 * @param certificatePassword password of a PFX file
 * @param managedIdentityClientId client id of a user-assigned managed identity; blank for system-assigned
 * @param allowedTenants tenants whose users may talk to the bot; empty means only {@code tenantId}
 * @param allowedServiceUrlHosts hosts the bot will send its token to; {@code *.} allows sub-domains
 * @param allowLoopbackServiceUrl accept loopback service URLs with authentication on (tests only)
 * @param openIdMetadataUrl where to find the Bot Framework signing keys (tests point it at a fake)
 * @param connector timeouts and retries for calls to the Bot Connector
 */
@ConfigurationProperties("nccc.teams")
record TeamsProperties(
		@DefaultValue("") String appId,
		@DefaultValue("") String appPassword,
		@DefaultValue("") String tenantId,
		@DefaultValue("secret") CredentialType credentialType,
		@DefaultValue("") String certificatePath,
		@DefaultValue("") String certificatePassword,
		@DefaultValue("") String managedIdentityClientId,
		@DefaultValue List<String> allowedTenants,
		@DefaultValue({"smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com"}) List<String> allowedServiceUrlHosts,
		@DefaultValue("false") boolean allowLoopbackServiceUrl,
		@DefaultValue("") String openIdMetadataUrl,
		@DefaultValue Connector connector) {

	enum CredentialType {
		SECRET, CERTIFICATE, MANAGED_IDENTITY
	}

	/**
	 * @param connectTimeout TCP connect timeout
	 * @param readTimeout time to wait for a response
	 * @param maxRetries retries after a 429/412/5xx before giving up
	 * @param baseBackoff first backoff; doubles each retry, with jitter
	 * @param maxRetryWait the longest single wait, whatever Retry-After asks
	 */
	record Connector(
			@DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("30s") Duration readTimeout,
			@DefaultValue("4") int maxRetries,
			@DefaultValue("500ms") Duration baseBackoff,
			@DefaultValue("30s") Duration maxRetryWait) {
	}

	boolean localMode() {
		return appId.isBlank();
	}

	/** Tenants allowed in: the configured list, else our own tenant, else (local mode only) anyone. */
	List<String> effectiveAllowedTenants() {
		if (!allowedTenants.isEmpty()) {
			return allowedTenants;
		}
		return tenantId.isBlank() ? List.of() : List.of(tenantId);
	}
}
