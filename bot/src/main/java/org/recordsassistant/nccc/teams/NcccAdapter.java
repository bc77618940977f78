package org.recordsassistant.nccc.teams;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import retrofit2.Retrofit;

/**
 * Our Bot Framework adapter: connector clients with our retry strategy and timeouts (the SDK ignores
 * its own retry argument, tech-notes §2.3), and single-tenant or token-credential outbound auth
 * (the Java SDK has neither built in, §1).
 */
class NcccAdapter extends BotFrameworkHttpAdapter {
	static final String BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default";
	/** Local mode's credentials, made once: building them formats and parses URLs, and this runs every turn. */
	private static final MicrosoftAppCredentials NO_CREDENTIALS = MicrosoftAppCredentials.empty();

	private final CredentialProvider credentials;
	private final TeamsProperties teams;
	private final TokenCredential tokenCredential;
	private final RetryStrategy retryStrategy;
	private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

	NcccAdapter(CredentialProvider credentials, TeamsProperties teams, TokenCredential tokenCredential,
			RetryStrategy retryStrategy) {
		super(credentials, new SimpleChannelProvider());
		this.credentials = credentials;
		this.teams = teams;
		this.tokenCredential = tokenCredential;
		this.retryStrategy = retryStrategy;
	}

	/**
	 * The same adapter with connector calls that never retry: for an outbox that reschedules a throttled
	 * conversation itself. Waiting out a {@code Retry-After} inside the call would hold one of OkHttp's few
	 * per-host slots and delay every other conversation.
	 */
	NcccAdapter singleAttempt() {
		return new NcccAdapter(credentials, teams, tokenCredential, new NoRetries());
	}

	private static final class NoRetries extends RetryStrategy {
		NoRetries() {
			super("nccc-no-retry", false);
		}

		@Override
		public boolean shouldRetry(int retryCount, Response response) {
			return false;
		}
	}

	@Override
	protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
		if (appId == null || appId.isBlank()) {
			return CompletableFuture.completedFuture(NO_CREDENTIALS);
		}
		if (tokenCredential != null) {
			return CompletableFuture.completedFuture(new TokenCredentialAppCredentials(appId, teams.tenantId(),
					tokenCredential));
		}
		// Single-tenant: the token must come from our tenant, not botframework.com.
		return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, teams.appPassword(),
				teams.tenantId().isBlank() ? null : teams.tenantId()));
	}

	@Override
	protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
			AppCredentials credentials) {
		AppCredentials effective = credentials != null ? credentials : NO_CREDENTIALS;
		String key = serviceUrl + "|" + effective.getAppId();
		return CompletableFuture.completedFuture(clients.computeIfAbsent(key, k -> newClient(serviceUrl, effective)));
	}

	private ConnectorClient newClient(String serviceUrl, AppCredentials credentials) {
		TeamsProperties.Connector settings = teams.connector();
		RestClient rest = new RestClient.Builder(new OkHttpClient.Builder(), new Retrofit.Builder())
				.withBaseUrl(serviceUrl)
				.withCredentials(credentials)
				.withSerializerAdapter(new ConnectorJson())
				.withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
				.withRetryStrategy(retryStrategy)
				.withConnectionTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
				.withReadTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
				.build();
		return new RestConnectorClient(rest);
	}

	/**
	 * Gets the connector token from an azure-identity credential (certificate, managed or workload
	 * identity). It must be a {@link MicrosoftAppCredentials}: {@code createConversation} takes that type.
	 */
	static final class TokenCredentialAppCredentials extends MicrosoftAppCredentials {
		private final TokenCredential credential;

		TokenCredentialAppCredentials(String appId, String tenantId, TokenCredential credential) {
			super(appId, "", tenantId == null || tenantId.isBlank() ? null : tenantId);
			this.credential = credential;
		}

		@Override
		public CompletableFuture<String> getToken() {
			return CompletableFuture.supplyAsync(() -> credential
					.getTokenSync(new TokenRequestContext().addScopes(BOT_FRAMEWORK_SCOPE)).getToken());
		}
	}
}
