package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.identity.ClientCertificateCredential;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ManagedIdentityCredential;
import com.azure.identity.WorkloadIdentityCredential;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphClientFactoryTests {

    private static final String TENANT = "00000000-0000-0000-0000-000000000001";
    private static final String CLIENT = "00000000-0000-0000-0000-000000000002";

    @Test
    void buildsAClientSecretCredential() {
        assertThat(GraphClientFactory.credential(CredentialSettings.clientSecret(TENANT, CLIENT, "s3cret")))
                .isInstanceOf(ClientSecretCredential.class);
    }

    @Test
    void buildsAClientCertificateCredentialFromPemOrPfx() {
        assertThat(GraphClientFactory.credential(CredentialSettings.clientCertificate(TENANT, CLIENT,
                Path.of("/etc/nccc/app.pem"), null))).isInstanceOf(ClientCertificateCredential.class);
        assertThat(GraphClientFactory.credential(CredentialSettings.clientCertificate(TENANT, CLIENT,
                Path.of("/etc/nccc/app.pfx"), "pw"))).isInstanceOf(ClientCertificateCredential.class);
    }

    @Test
    void buildsAManagedIdentityCredentialSystemOrUserAssigned() {
        assertThat(GraphClientFactory.credential(CredentialSettings.managedIdentity(null)))
                .isInstanceOf(ManagedIdentityCredential.class);
        assertThat(GraphClientFactory.credential(CredentialSettings.managedIdentity(CLIENT)))
                .isInstanceOf(ManagedIdentityCredential.class);
    }

    @Test
    void buildsAWorkloadIdentityCredential() {
        assertThat(GraphClientFactory.credential(CredentialSettings.workloadIdentity(TENANT, CLIENT,
                Path.of("/var/run/secrets/azure/tokens/azure-identity-token"))))
                .isInstanceOf(WorkloadIdentityCredential.class);
    }

    @Test
    void requiresTheValuesEachKindNeeds() {
        assertThatThrownBy(() -> CredentialSettings.clientSecret(TENANT, CLIENT, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> CredentialSettings.workloadIdentity(TENANT, null, Path.of("t")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("clientId");
    }

    @Test
    void neverShowsSecretsInToString() {
        assertThat(CredentialSettings.clientSecret(TENANT, CLIENT, "s3cret").toString()).doesNotContain("s3cret");
        assertThat(CredentialSettings.clientCertificate(TENANT, CLIENT, Path.of("a.pfx"), "pw").toString())
                .doesNotContain("=pw");
    }

    @Test
    void pointsTheClientAtTheEndpoint() {
        GraphServiceClient client = GraphClientFactory.createClient(new AnonymousAuthenticationProvider(),
                "http://127.0.0.1:8089/v1.0/", Duration.ofSeconds(5), 2);

        assertThat(client.getRequestAdapter().getBaseUrl()).isEqualTo("http://127.0.0.1:8089/v1.0");
    }

    @Test
    void rejectsBadClientSettings() {
        AnonymousAuthenticationProvider anonymous = new AnonymousAuthenticationProvider();
        assertThatThrownBy(() -> GraphClientFactory.createClient(anonymous, "graph", Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GraphClientFactory.createClient(anonymous, GraphClientFactory.DEFAULT_ENDPOINT,
                Duration.ofSeconds(-1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GraphClientFactory.createClient(anonymous, GraphClientFactory.DEFAULT_ENDPOINT,
                Duration.ofSeconds(1), 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
