package org.recordsassistant.nccc.teams;

import java.nio.file.Path;
import java.util.List;

import com.azure.core.credential.TokenCredential;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import org.recordsassistant.graphconnector.CredentialSettings;
import org.recordsassistant.graphconnector.GraphClientFactory;
import org.recordsassistant.nccc.teams.spi.FileHandler;
import org.recordsassistant.nccc.teams.spi.FreeTextHandler;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our replacement for the SDK's {@code BotDependencyConfiguration} (tech-notes §1): settings come from
 * Spring configuration and the environment, never from the SDK's classpath properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
class BotConfiguration {
	private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

	@Bean
	CredentialProvider credentialProvider(TeamsProperties teams, Environment environment) {
		LocalModeGuard.check(teams, environment);
		if (!teams.openIdMetadataUrl().isBlank()) {
			// Tests serve their own signing keys (tech-notes §1); production keeps Microsoft's.
			ChannelValidation.setOpenIdMetaDataUrl(teams.openIdMetadataUrl());
		}
		return new SimpleCredentialProvider(teams.appId(), teams.appPassword());
	}

	@Bean
	ChannelProvider channelProvider() {
		return new SimpleChannelProvider();
	}

	@Bean
	AuthenticationConfiguration authenticationConfiguration() {
		return new AuthenticationConfiguration();
	}

	/**
	 * @param connectorCredential a credential supplied by the context (tests use a fake one); otherwise
	 *        built from the settings
	 */
	@Bean
	NcccAdapter adapter(CredentialProvider credentials, TeamsProperties teams,
			ObjectProvider<ConnectorTokenCredential> connectorCredential) {
		TeamsProperties.Connector connector = teams.connector();
		TokenCredential tokenCredential = connectorCredential.getIfAvailable(
				() -> new ConnectorTokenCredential(tokenCredential(teams))).credential();
		NcccAdapter adapter = new NcccAdapter(credentials, teams, tokenCredential,
				new ConnectorRetryStrategy(connector.maxRetries(), connector.baseBackoff(), connector.maxRetryWait()));
		adapter.setOnTurnError((context, error) -> {
			log.error("Unhandled error in a {} turn: {}", context.getActivity().getType(), error.getClass().getName());
			return context.sendActivity(MessageFactory.text("Sorry, something went wrong on my side. Anything you had "
					+ "already submitted is safe. Please try again in a minute; if it keeps happening, contact the "
					+ "records team.")).thenApply(sent -> null);
		});
		return adapter;
	}

	/** Certificate or managed identity credentials for the connector token; null means secret or local mode. */
	static TokenCredential tokenCredential(TeamsProperties teams) {
		if (teams.localMode()) {
			return null;
		}
		// graph-connector's factory is the one place settings become an azure-identity credential.
		return switch (teams.credentialType()) {
			case SECRET -> null;
			case CERTIFICATE -> GraphClientFactory.credential(CredentialSettings.clientCertificate(teams.tenantId(),
					teams.appId(), Path.of(teams.certificatePath()),
					teams.certificatePassword().isBlank() ? null : teams.certificatePassword()));
			case MANAGED_IDENTITY -> GraphClientFactory.credential(CredentialSettings.managedIdentity(
					teams.managedIdentityClientId().isBlank() ? null : teams.managedIdentityClientId()));
		};
	}

	/** The azure-identity credential for Bot Connector tokens; null for a client secret or local mode. */
	record ConnectorTokenCredential(TokenCredential credential) {
	}

	@Bean
	ActivityMapper activityMapper() {
		return new ActivityMapper();
	}

	@Bean
	InboundPolicy inboundPolicy(TeamsProperties teams, ActivityMapper activities) {
		return new InboundPolicy(teams, activities.mapper());
	}

	@Bean
	Storage botStorage(JdbcTemplate jdbc) {
		return new JdbcStorage(jdbc);
	}

	@Bean
	ConversationState conversationState(Storage storage) {
		return new LeanConversationState(storage);
	}

	@Bean
	UserState userState(Storage storage) {
		return new LeanUserState(storage);
	}

	@Bean
	TurnRouter turnRouter(List<TurnHandler> handlers, FreeTextHandler freeText, FileHandler files,
			ActivityMapper activities) {
		return new TurnRouter(handlers, freeText, files, activities.mapper());
	}

	@Bean
	NcccBot bot(TurnRouter router, ConversationReferences references, ConversationState conversationState,
			UserState userState) {
		return new NcccBot(router, references, conversationState, userState);
	}
}
