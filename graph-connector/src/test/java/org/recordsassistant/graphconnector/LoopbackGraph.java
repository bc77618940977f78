package org.recordsassistant.graphconnector;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.time.Duration;

/** A WireMock server on loopback per test, and a Graph client pointed at it (one retry, short timeouts). */
final class LoopbackGraph {
    private LoopbackGraph() {
    }

    /** For a {@code @RegisterExtension} field: started before and stopped after each test. */
    static WireMockExtension server() {
        return WireMockExtension.newInstance().options(options().bindAddress("127.0.0.1").dynamicPort()).build();
    }

    static GraphServiceClient client(WireMockExtension server) {
        return GraphClientFactory.createClient(new AnonymousAuthenticationProvider(),
                "http://127.0.0.1:" + server.getPort() + "/v1.0", Duration.ofSeconds(5), 1);
    }
}
