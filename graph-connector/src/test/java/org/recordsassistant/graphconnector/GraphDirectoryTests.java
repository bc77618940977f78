package org.recordsassistant.graphconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recordsassistant.graphconnector.models.DirectoryUser;

class GraphDirectoryTests {

    private static final String ALEX = """
            {"id":"11111111-aaaa","displayName":"Alex Smith","mail":"alex.smith@example.gov.uk",
             "userPrincipalName":"alex.smith@example.gov.uk","jobTitle":"Policy Adviser","department":"Estates"}""";
    private static final String NOT_FOUND = "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"x\"}}";

    @RegisterExtension
    final WireMockExtension server = LoopbackGraph.server();

    private GraphDirectory directory;

    @BeforeEach
    void start() {
        directory = new GraphDirectoryBuilder().graphClient(LoopbackGraph.client(server)).buildClient();
    }

    @Test
    void findsAUserSelectingOnlyTheNeededProperties() {
        server.stubFor(get(urlPathEqualTo("/v1.0/users/alex.smith%40example.gov.uk")).willReturn(okJson(ALEX)));

        DirectoryUser user = directory.findUser("alex.smith@example.gov.uk").orElseThrow();

        assertThat(user).isEqualTo(new DirectoryUser("11111111-aaaa", "Alex Smith", "alex.smith@example.gov.uk",
                "alex.smith@example.gov.uk", "Policy Adviser", "Estates"));
        server.verify(getRequestedFor(urlPathEqualTo("/v1.0/users/alex.smith%40example.gov.uk"))
                .withQueryParam("$select", WireMock.containing("department")));
    }

    @Test
    void findsNoUserWhenGraphAnswers404() {
        server.stubFor(get(urlPathEqualTo("/v1.0/users/nobody")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));

        assertThat(directory.findUser("nobody")).isEmpty();
    }

    @Test
    void findsTheManager() {
        server.stubFor(get(urlPathEqualTo("/v1.0/users/22222222-bbbb/manager")).willReturn(okJson(
                ALEX.replace("{\"id\"", "{\"@odata.type\":\"#microsoft.graph.user\",\"id\""))));

        assertThat(directory.findManager("22222222-bbbb")).get().extracting(DirectoryUser::displayName)
                .isEqualTo("Alex Smith");
    }

    @Test
    void findsNoManagerWhenNoneIsSet() {
        server.stubFor(get(urlPathEqualTo("/v1.0/users/22222222-bbbb/manager")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));

        assertThat(directory.findManager("22222222-bbbb")).isEmpty();
    }

    @Test
    void reportsOtherFailuresWithStatusAndRequestId() {
        server.stubFor(get(urlPathEqualTo("/v1.0/users/x")).willReturn(aResponse().withStatus(403)
                .withHeader("request-id", "req-9").withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"x\"}}")));

        assertThatThrownBy(() -> directory.findUser("x")).isInstanceOfSatisfying(RecordsLibraryException.class,
                e -> {
                    assertThat(e.getStatusCode()).isEqualTo(403);
                    assertThat(e.getRequestId()).isEqualTo("req-9");
                });
    }

    @Test
    void rejectsABlankId() {
        assertThatThrownBy(() -> directory.findUser(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
