package org.recordsassistant.graphconnector;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The one place that turns settings into a {@link TokenCredential} and builds the {@link GraphServiceClient}
 * with our timeouts and retry policy. Nothing else in the module touches azure-identity.
 */
public final class GraphClientFactory {

    /** Graph v1.0 in the global cloud. */
    public static final String DEFAULT_ENDPOINT = "https://graph.microsoft.com/v1.0";

    /** Longest wait the SDK's retry handler will honour from {@code Retry-After}, in seconds. */
    private static final long MAX_RETRY_AFTER_SECONDS = RetryHandlerOption.MAX_DELAY;

    private GraphClientFactory() {
    }

    /**
     * Builds the credential the settings describe. No network call is made here; tokens are fetched on first
     * use.
     *
     * @param settings the credential settings
     * @return a new credential
     * @throws NullPointerException if {@code settings} is null
     */
    public static TokenCredential credential(CredentialSettings settings) {
        Objects.requireNonNull(settings, "settings must not be null");
        return switch (settings.kind()) {
            case CLIENT_SECRET -> new ClientSecretCredentialBuilder()
                    .tenantId(settings.tenantId())
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .build();
            case CLIENT_CERTIFICATE -> certificate(settings);
            case MANAGED_IDENTITY -> settings.clientId() == null
                    ? new ManagedIdentityCredentialBuilder().build()
                    : new ManagedIdentityCredentialBuilder().clientId(settings.clientId()).build();
            case WORKLOAD_IDENTITY -> new WorkloadIdentityCredentialBuilder()
                    .tenantId(settings.tenantId())
                    .clientId(settings.clientId())
                    .tokenFilePath(settings.tokenFilePath().toString())
                    .build();
        };
    }

    private static TokenCredential certificate(CredentialSettings settings) {
        ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder()
                .tenantId(settings.tenantId())
                .clientId(settings.clientId());
        String path = settings.certificatePath().toString();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pfx") || lower.endsWith(".p12")) {
            builder.pfxCertificate(path);
            if (settings.certificatePassword() != null) {
                builder.clientCertificatePassword(settings.certificatePassword());
            }
        } else {
            builder.pemCertificate(path);
        }
        return builder.build();
    }

    /**
     * Builds a Graph client that authenticates with {@code credential}. The token is only sent to the
     * endpoint's host, never to pre-authenticated upload URLs.
     *
     * @param credential the credential
     * @param endpoint the Graph base URL, for example {@value #DEFAULT_ENDPOINT}
     * @param timeout connect, read and write timeout of each HTTP call
     * @param maxRetries how often to retry 429, 503 and 504, honouring {@code Retry-After} (0 to 10)
     * @return a new client
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the endpoint is not an absolute URL or the numbers are out of range
     */
    public static GraphServiceClient createClient(TokenCredential credential, String endpoint, Duration timeout,
            int maxRetries) {
        Objects.requireNonNull(credential, "credential must not be null");
        URI uri = endpointUri(endpoint);
        String scope = uri.getScheme() + "://" + uri.getHost() + "/.default";
        AuthenticationProvider auth = new AzureIdentityAuthenticationProvider(credential,
                new String[] {uri.getHost()}, scope);
        return createClient(auth, endpoint, timeout, maxRetries);
    }

    /**
     * Builds a Graph client with any Kiota authentication provider, for example an
     * {@code AnonymousAuthenticationProvider} against a local fake Graph in tests.
     *
     * @param authenticationProvider the provider that signs requests
     * @param endpoint the Graph base URL
     * @param timeout connect, read and write timeout of each HTTP call
     * @param maxRetries how often to retry 429, 503 and 504, honouring {@code Retry-After} (0 to 10)
     * @return a new client
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the endpoint is not an absolute URL or the numbers are out of range
     */
    public static GraphServiceClient createClient(AuthenticationProvider authenticationProvider, String endpoint,
            Duration timeout, int maxRetries) {
        Objects.requireNonNull(authenticationProvider, "authenticationProvider must not be null");
        endpointUri(endpoint);
        checkTimeout(timeout);
        checkRetries(maxRetries);
        RetryHandlerOption retry = new RetryHandlerOption(RetryHandlerOption.DEFAULT_SHOULD_RETRY, maxRetries,
                RetryHandlerOption.DEFAULT_DELAY);
        // The call timeout bounds a whole call including the retry handler's waits.
        Duration callTimeout = timeout.multipliedBy(maxRetries + 1L)
                .plusSeconds(MAX_RETRY_AFTER_SECONDS * maxRetries);
        OkHttpClient http = com.microsoft.graph.core.requests.GraphClientFactory
                .create(new RequestOption[] {retry})
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(callTimeout)
                .socketFactory(new UploadSocketFactory())
                .build();
        GraphServiceClient client = new GraphServiceClient(authenticationProvider, http);
        client.getRequestAdapter().setBaseUrl(stripTrailingSlash(endpoint));
        return client;
    }

    static void checkTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    static void checkRetries(int maxRetries) {
        if (maxRetries < 0 || maxRetries > RetryHandlerOption.MAX_RETRIES) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + RetryHandlerOption.MAX_RETRIES);
        }
    }

    static URI endpointUri(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint must not be null");
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpoint must be an absolute http(s) URL", e);
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("endpoint must be an absolute http(s) URL");
        }
        return uri;
    }

    private static String stripTrailingSlash(String endpoint) {
        return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }
}
