package org.recordsassistant.nccc.teams;

import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.FakeBotConnector;
import org.recordsassistant.nccc.testing.FakeBotFrameworkTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an app id configured, every request must carry a Bot Connector token signed by a published
 * key, for our app id and the activity's service URL, from an allowed tenant. The issuer's metadata
 * and keys are served on loopback and tokens are signed in the test (tech-notes §1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.address=127.0.0.1",
		"spring.datasource.url=jdbc:h2:mem:auth;DB_CLOSE_DELAY=-1",
		"nccc.teams.app-id=" + AuthenticationEndToEndTests.APP_ID,
		"nccc.teams.tenant-id=" + BotConversation.DEFAULT_TENANT,
		"nccc.teams.allow-loopback-service-url=true" })
class AuthenticationEndToEndTests {
	static final String APP_ID = "6c0a5f3e-2a61-4c1f-9d55-0f3b2b7d9a10";
	private static final String OUTBOUND_TOKEN = "outbound-token-from-our-tenant";
	private static final FakeBotConnector connector = new FakeBotConnector();
	private static final FakeBotFrameworkTokens tokens = new FakeBotFrameworkTokens(connector);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void openIdMetadata(DynamicPropertyRegistry registry) {
		registry.add("nccc.teams.open-id-metadata-url", tokens::openIdMetadataUrl);
	}

	@TestConfiguration
	static class FakeOutboundCredential {
		/** Stands in for a managed identity: the connector must receive this token. */
		@Bean
		BotConfiguration.ConnectorTokenCredential connectorTokenCredential() {
			TokenCredential credential = request -> Mono.just(new AccessToken(OUTBOUND_TOKEN,
					OffsetDateTime.now().plusHours(1)));
			return new BotConfiguration.ConnectorTokenCredential(credential);
		}
	}

	@BeforeEach
	void reset() {
		connector.reset();
		tokens.serve();
	}

	private BotConversation chat() {
		return BotConversation.as(port, connector, "Priya Shah");
	}

	@Test
	void validTokenIsAcceptedAndTheReplyCarriesOurOutboundToken() {
		BotExchange exchange = chat().withAuthorization(serviceUrl -> tokens.valid(APP_ID, serviceUrl)).says("help");
		exchange.expectStatus(200).expectCardContaining("What I can do");
		LoggedRequest reply = connector.requests().get(connector.requests().size() - 1);
		assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + OUTBOUND_TOKEN);
	}

	@Test
	void missingTokenIs401() {
		assertUnauthorised(chat().says("help"));
	}

	@Test
	void expiredTokenIs401() {
		assertUnauthorised(chat().withAuthorization(url -> tokens.expired(APP_ID, url)).says("help"));
	}

	@Test
	void tokenForAnotherBotIs401() {
		assertUnauthorised(chat().withAuthorization(url -> tokens.valid("someone-elses-app", url)).says("help"));
	}

	@Test
	void tokenSignedWithAnUnpublishedKeyIs401() {
		assertUnauthorised(chat().withAuthorization(url -> tokens.signedWithUnknownKey(APP_ID, url)).says("help"));
	}

	@Test
	void tokenIssuedForAnotherServiceUrlIs401() {
		assertUnauthorised(chat().withAuthorization(url -> tokens.valid(APP_ID, "https://smba.trafficmanager.net/uk/"))
				.says("help"));
	}

	@Test
	void garbageAuthorizationHeaderIs401() {
		assertUnauthorised(chat().withAuthorization(url -> "Bearer not.a.jwt").says("help"));
	}

	@Test
	void tenantNotAllowedIsRefusedEvenWithAValidToken() {
		BotConversation outsider = new BotConversation(port, connector, "Eve Outsider", "aad-eve", "another-tenant")
				.withAuthorization(url -> tokens.valid(APP_ID, url));
		BotExchange exchange = outsider.says("help");
		exchange.expectStatus(403);
		assertThat(exchange.body()).contains("tenant");
		assertThat(exchange.replies()).isEmpty();
	}

	@Test
	void tenantOnlyInChannelDataIsChecked() {
		BotConversation chat = chat().withAuthorization(url -> tokens.valid(APP_ID, url));
		ObjectNode activity = chat.activity("message").put("text", "help");
		((ObjectNode) activity.get("conversation")).remove("tenantId");
		((ObjectNode) activity.get("channelData").get("tenant")).put("id", "another-tenant");
		chat.post(activity).expectStatus(403);
	}

	private static void assertUnauthorised(BotExchange exchange) {
		exchange.expectStatus(401);
		assertThat(exchange.body()).contains("not authenticated").doesNotContain("Exception");
		assertThat(exchange.replies()).isEmpty();
	}
}
