package org.recordsassistant.graphconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recordsassistant.graphconnector.models.MailAttachment;
import org.recordsassistant.graphconnector.models.MailMessage;

class GraphMailerTests {

    /** Kiota percent-encodes the @ of a UPN in the path. */
    private static final String SEND_MAIL = "/v1.0/users/records-assistant%40example.gov.uk/sendMail";

    @RegisterExtension
    final WireMockExtension server = LoopbackGraph.server();

    private GraphMailer mailer;

    @BeforeEach
    void start() {
        mailer = new GraphMailerBuilder().sender("records-assistant@example.gov.uk")
                .graphClient(LoopbackGraph.client(server))
                .buildClient();
    }

    @Test
    void postsAnHtmlMailThatIsNotSavedToSentItems() {
        server.stubFor(post(urlPathEqualTo(SEND_MAIL)).willReturn(aResponse().withStatus(202)));

        mailer.send(new MailMessage(List.of("iao@example.gov.uk"), "New record filed", "<p>Filed</p>"));

        // The SDK writes the action parameters in PascalCase, as Graph's metadata names them.
        server.verify(postRequestedFor(urlPathEqualTo(SEND_MAIL)).withRequestBody(equalToJson("""
                {"Message": {"subject": "New record filed",
                             "body": {"contentType": "html", "content": "<p>Filed</p>"},
                             "toRecipients": [{"emailAddress": {"address": "iao@example.gov.uk"}}]},
                 "SaveToSentItems": false}""", true, true)));
    }

    @Test
    void sendsAttachmentsInlineAsFileAttachments() {
        server.stubFor(post(urlPathEqualTo(SEND_MAIL)).willReturn(aResponse().withStatus(202)));
        byte[] csv = "reference,status\r\nNCCC-2026-000001,Transferred\r\n".getBytes(StandardCharsets.UTF_8);

        mailer.send(new MailMessage(List.of("iao@example.gov.uk"), "Register export", "<p>Attached</p>",
                List.of(new MailAttachment("register.csv", "text/csv", csv))));

        server.verify(postRequestedFor(urlPathEqualTo(SEND_MAIL)).withRequestBody(equalToJson("""
                {"Message": {"attachments": [{"@odata.type": "#microsoft.graph.fileAttachment",
                                              "name": "register.csv", "contentType": "text/csv",
                                              "contentBytes": "%s"}]}}""".formatted(
                Base64.getEncoder().encodeToString(csv)), true, true)));
    }

    @Test
    void reportsARefusedMail() {
        server.stubFor(post(urlPathEqualTo(SEND_MAIL)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"ErrorAccessDenied\",\"message\":\"x\"}}")));

        assertThatThrownBy(() -> mailer.send(new MailMessage(List.of("iao@example.gov.uk"), "s", "b")))
                .isInstanceOf(RecordsLibraryException.class);
    }

    @Test
    void needsASender() {
        assertThatThrownBy(() -> new GraphMailerBuilder().graphClient(GraphClientFactory.createClient(
                new AnonymousAuthenticationProvider(), "https://graph.microsoft.com/v1.0", Duration.ofSeconds(5), 1))
                .buildClient()).isInstanceOf(IllegalStateException.class);
    }
}
