package org.recordsassistant.nccc.teams;

import java.time.Duration;
import java.util.List;

import com.azure.identity.ClientCertificateCredential;
import com.azure.identity.ManagedIdentityCredential;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Single-tenant outbound credentials: the SDK has no such mode built in (tech-notes §1). */
class OutboundCredentialsTests {

	private static TeamsProperties teams(String appId, TeamsProperties.CredentialType type, String certificatePath) {
		return new TeamsProperties(appId, "s3cret", "our-tenant", type, certificatePath, "", "", List.of(),
				List.of("smba.trafficmanager.net"), false, "",
				new TeamsProperties.Connector(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofMillis(1),
						Duration.ofSeconds(1)));
	}

	@Test
	void choosesTheAzureIdentityCredentialFromTheSettings() {
		assertThat(BotConfiguration.tokenCredential(teams("", TeamsProperties.CredentialType.MANAGED_IDENTITY, ""))).isNull();
		assertThat(BotConfiguration.tokenCredential(teams("app", TeamsProperties.CredentialType.SECRET, ""))).isNull();
		assertThat(BotConfiguration.tokenCredential(teams("app", TeamsProperties.CredentialType.MANAGED_IDENTITY, "")))
				.isInstanceOf(ManagedIdentityCredential.class);
		assertThat(BotConfiguration.tokenCredential(teams("app", TeamsProperties.CredentialType.CERTIFICATE, "/etc/bot.pem")))
				.isInstanceOf(ClientCertificateCredential.class);
	}

	@Test
	void secretCredentialsAskOurTenantForTheToken() {
		TeamsProperties settings = teams("app", TeamsProperties.CredentialType.SECRET, "");
		NcccAdapter adapter = new NcccAdapter(new SimpleCredentialProvider("app", "s3cret"), settings, null,
				new ConnectorRetryStrategy(1, Duration.ofMillis(1), Duration.ofSeconds(1)));
		AppCredentials credentials = adapter.buildAppCredentials("app", null).join();
		assertThat(credentials).isInstanceOf(MicrosoftAppCredentials.class);
		assertThat(credentials.getChannelAuthTenant()).isEqualTo("our-tenant");
		assertThat(credentials.oAuthEndpoint()).contains("our-tenant");
	}

	@Test
	void localModeSendsNoToken() {
		NcccAdapter adapter = new NcccAdapter(new SimpleCredentialProvider("", ""),
				teams("", TeamsProperties.CredentialType.SECRET, ""), null,
				new ConnectorRetryStrategy(1, Duration.ofMillis(1), Duration.ofSeconds(1)));
		assertThat(adapter.buildAppCredentials("", null).join().getAppId()).isNullOrEmpty();
	}
}
