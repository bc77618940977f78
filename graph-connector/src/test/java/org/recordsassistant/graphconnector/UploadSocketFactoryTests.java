package org.recordsassistant.graphconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Random;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UploadSocketFactoryTests {
    private final UploadSocketFactory factory = new UploadSocketFactory();

    @RegisterExtension
    static WireMockExtension https = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort()).build();

    @Test
    void everySocketItMakesHasNagleOff() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                Socket unconnected = factory.createSocket();
                Socket byName = factory.createSocket("127.0.0.1", server.getLocalPort());
                Socket byAddress = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(unconnected.getTcpNoDelay()).isTrue();
            assertThat(byName.getTcpNoDelay()).isTrue();
            assertThat(byAddress.getTcpNoDelay()).isTrue();
            assertThat(byName.isConnected()).isTrue();
        }
    }

    @Test
    void smallWritesWaitInTheBufferUntilFlushedOrFull() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                Socket client = factory.createSocket("127.0.0.1", server.getLocalPort());
                Socket accepted = server.accept()) {
            accepted.setSoTimeout(300);
            InputStream in = accepted.getInputStream();
            OutputStream out = client.getOutputStream();
            out.write(new byte[8 * 1024]);
            assertThatThrownBy(in::read).as("an 8 KiB write is held back").isInstanceOf(SocketTimeoutException.class);

            out.flush();
            assertThat(in.readNBytes(8 * 1024)).hasSize(8 * 1024);

            out.write(new byte[UploadSocketFactory.WRITE_BUFFER_BYTES + 1]);
            assertThat(in.readNBytes(UploadSocketFactory.WRITE_BUFFER_BYTES + 1))
                    .as("a write larger than the buffer goes straight out").hasSize(UploadSocketFactory.WRITE_BUFFER_BYTES + 1);
        }
    }

    /** TLS records are written into the buffer and flushed one by one: a large HTTPS body arrives whole. */
    @ParameterizedTest
    @EnumSource(value = Protocol.class, names = {"HTTP_1_1", "HTTP_2"})
    void httpsThroughTheBufferedSocketsDeliversTheWholeBody(Protocol protocol) throws Exception {
        https.stubFor(put("/upload").willReturn(aResponse().withStatus(201).withBody("{\"ok\":true}")));
        byte[] body = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(body);
        OkHttpClient client = trustingClient(protocol);

        try (Response response = client.newCall(new Request.Builder().url(https.baseUrl() + "/upload")
                .put(RequestBody.create(body, MediaType.get("application/octet-stream"))).build()).execute()) {
            assertThat(response.code()).isEqualTo(201);
            assertThat(response.body().string()).isEqualTo("{\"ok\":true}");
            assertThat(response.protocol()).isEqualTo(protocol);
        }
        assertThat(https.getAllServeEvents()).singleElement()
                .satisfies(event -> assertThat(event.getRequest().getBody()).isEqualTo(body));
    }

    /** Trusts WireMock's self-signed certificate; for this loopback test only. */
    private OkHttpClient trustingClient(Protocol protocol) throws Exception {
        X509TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return new OkHttpClient.Builder().socketFactory(factory).sslSocketFactory(tls.getSocketFactory(), trustAll)
                .hostnameVerifier((host, session) -> true)
                .protocols(protocol == Protocol.HTTP_2 ? List.of(Protocol.HTTP_2, Protocol.HTTP_1_1)
                        : List.of(Protocol.HTTP_1_1))
                .build();
    }
}
