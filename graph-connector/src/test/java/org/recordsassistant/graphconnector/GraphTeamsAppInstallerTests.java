package org.recordsassistant.graphconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GraphTeamsAppInstallerTests {

    private static final String CATALOG = "/v1.0/appCatalogs/teamsApps";
    private static final String INSTALLED = "/v1.0/users/aad-iris/teamwork/installedApps";

    @RegisterExtension
    final WireMockExtension server = LoopbackGraph.server();

    private GraphTeamsAppInstaller installer;

    @BeforeEach
    void start() {
        installer = new GraphTeamsAppInstallerBuilder().manifestId("manifest-1")
                .graphClient(LoopbackGraph.client(server))
                .buildClient();
    }

    private void catalogHolds(String body) {
        server.stubFor(get(urlPathEqualTo(CATALOG)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void findsTheAppByManifestIdOnceAndBindsItToTheUsersInstallation() {
        catalogHolds("{\"value\":[{\"id\":\"catalog-7\",\"externalId\":\"manifest-1\"}]}");
        server.stubFor(post(urlPathEqualTo(INSTALLED)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"installation-1\"}")));

        assertThat(installer.installForUser("aad-iris")).isTrue();
        assertThat(installer.installForUser("aad-iris")).isTrue();

        server.verify(1, getRequestedFor(urlPathEqualTo(CATALOG))
                .withQueryParam("$filter", equalTo("externalId eq 'manifest-1'")));
        server.verify(2, postRequestedFor(urlPathEqualTo(INSTALLED)).withRequestBody(equalToJson(
                "{\"teamsApp@odata.bind\": \"http://127.0.0.1:" + server.getPort()
                        + "/v1.0/appCatalogs/teamsApps/catalog-7\"}", true, true)));
    }

    @Test
    void anAppInstalledAlreadyCountsAsInstalled() {
        catalogHolds("{\"value\":[{\"id\":\"catalog-7\"}]}");
        server.stubFor(post(urlPathEqualTo(INSTALLED)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"Conflict\",\"message\":\"x\"}}")));

        assertThat(installer.installForUser("aad-iris")).isTrue();
    }

    @Test
    void anAppMissingFromTheCatalogSaysWhatToDo() {
        catalogHolds("{\"value\":[]}");

        assertThatThrownBy(() -> installer.installForUser("aad-iris")).isInstanceOf(RecordsLibraryException.class)
                .hasMessageContaining("not in the organisation's app catalog");
    }

    @Test
    void aRefusedInstallationIsReportedWithItsStatus() {
        catalogHolds("{\"value\":[{\"id\":\"catalog-7\"}]}");
        server.stubFor(post(urlPathEqualTo(INSTALLED)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"Forbidden\",\"message\":\"x\"}}")));

        assertThatThrownBy(() -> installer.installForUser("aad-iris")).isInstanceOf(RecordsLibraryException.class)
                .hasMessageContaining("HTTP 403");
    }

    @Test
    void needsAManifestId() {
        assertThatThrownBy(() -> new GraphTeamsAppInstallerBuilder().graphClient(GraphClientFactory.createClient(
                new AnonymousAuthenticationProvider(), "https://graph.microsoft.com/v1.0", Duration.ofSeconds(5), 1))
                .buildClient()).isInstanceOf(IllegalStateException.class);
        assertThat(TeamsAppInstaller.NONE.installForUser("aad-iris")).isFalse();
    }
}
