package org.recordsassistant.nccc.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.recordsassistant.nccc.testing.TestClock;
import org.recordsassistant.nccc.calendar.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app with IAO delivery switched on, in its own database: a finance IAO and deputy, a directory that
 * knows everyone's name and address, a fake Graph on loopback for mail and app installs, and a clock tests
 * can move forward. Every notification test class extends this, so they share one context.
 */
@Import(NotificationTestBeans.class)
abstract class NotificationEndToEndTest extends EndToEndTest {
	static final String FINANCE = "finance";
	static final String FINANCE_LABEL = "Finance and commercial";
	static final String FAY = "Fay Finance";
	static final String DAN = "Dan Deputy";
	static final String PIA = "Pia Private";
	static final String MAIL_SENDER = "records-assistant@dept.gov.uk";
	static final String SEND_MAIL = "/v1.0/users/records-assistant%40dept.gov.uk/sendMail";
	static final WireMockServer graph = startGraph();

	@Autowired
	JdbcClient jdbc;
	@Autowired
	NotificationRepository notifications;
	@Autowired
	TestClock clock;

	private static WireMockServer startGraph() {
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void notificationSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:notify-e2e;DB_CLOSE_DELAY=-1");
		registry.add("nccc.notification.delivery.enabled", () -> "true");
		registry.add("nccc.notification.delivery.base-backoff", () -> "200ms");
		registry.add("nccc.notification.delivery.chat-link", () -> "https://teams.microsoft.com/l/chat/0/0?users=28:bot");
		registry.add("nccc.notification.areas.finance.iao", () -> aadObjectIdOf(FAY));
		registry.add("nccc.notification.areas.finance.deputy", () -> aadObjectIdOf(DAN));
		registry.add("nccc.notification.areas.private-office.iao", () -> aadObjectIdOf(PIA));
		registry.add("nccc.notification.create-conversations", () -> "true");
		registry.add("nccc.notification.service-url", connector::serviceUrl);
		registry.add("nccc.transfer.work-dir", () -> DATA.resolve("notify-work").toString());
	}

	@BeforeEach
	void resetGraph() {
		graph.resetAll();
		graph.stubFor(post(urlPathEqualTo(SEND_MAIL)).willReturn(aResponse().withStatus(202)));
		graph.stubFor(get(urlPathEqualTo("/v1.0/appCatalogs/teamsApps")).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json").withBody("{\"value\":[{\"id\":\"catalog-app\"}]}")));
		graph.stubFor(post(urlPathMatching("/v1.0/users/.*/teamwork/installedApps")).willReturn(aResponse()
				.withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\":\"installation\"}")));
		// Creating a conversation is POST /v3/conversations, outside the fake connector's default stubs.
		connector.server().stubFor(post(urlPathEqualTo("/v3/conversations")).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"a:created-{{randomValue length=10 type='ALPHANUMERIC'}}\",\"activityId\":\"1\"}")
				.withTransformers("response-template")));
	}

	/** Everyone the directory knows: named users with an address; tests add more with {@link #knownPerson}. */
	static final Map<String, DirectoryUser> known = new ConcurrentHashMap<>();
	static final Directory people = new Directory() {
		@Override
		public Optional<DirectoryUser> findUser(String aadObjectIdOrUpn) {
			return Optional.ofNullable(known.get(aadObjectIdOrUpn));
		}

		@Override
		public Optional<DirectoryUser> findManager(String aadObjectIdOrUpn) {
			return Optional.empty();
		}
	};

	static {
		List.of(IAO_NAME, FAY, DAN, PIA, "Dev Declarant").forEach(NotificationEndToEndTest::knownPerson);
	}

	/** Puts a person in the directory, with an address; returns their object id. */
	static String knownPerson(String name) {
		String address = addressOf(name);
		known.put(aadObjectIdOf(name), new DirectoryUser(aadObjectIdOf(name), name, address, address, null, null));
		return aadObjectIdOf(name);
	}

	static String addressOf(String name) {
		return name.toLowerCase().replace(' ', '.') + "@dept.gov.uk";
	}

	/** What the bot posted into this chat so far (2xx only), oldest first. */
	static List<JsonNode> sentTo(BotConversation chat) {
		String prefix = "/v3/conversations/" + chat.conversationId() + "/activities";
		return connector.sent().stream().filter(activity -> URLDecoder.decode(activity.path("_path").asText(),
				StandardCharsets.UTF_8).startsWith(prefix)).toList();
	}

	/** Waits for a card in this chat whose text contains all of {@code texts}, and returns the card. */
	static JsonNode awaitCard(BotConversation chat, String... texts) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> sentTo(chat).stream()
				.filter(activity -> "POST".equals(activity.path("_method").asText()))
				.map(NotificationEndToEndTest::cardIn)
				.filter(card -> card != null && List.of(texts).stream().allMatch(card.toString()::contains))
				.findFirst().orElse(null), found -> found != null);
	}

	/** The one card this turn posted into this chat (background deliveries to other chats are ignored). */
	static JsonNode onlyCardTo(BotExchange exchange, BotConversation chat) {
		String prefix = "/v3/conversations/" + chat.conversationId() + "/activities";
		List<JsonNode> cards = exchange.replies().stream().filter(activity -> URLDecoder.decode(
				activity.path("_path").asText(), StandardCharsets.UTF_8).startsWith(prefix))
				.map(NotificationEndToEndTest::cardIn).filter(card -> card != null).toList();
		assertThat(cards).as("cards sent to %s in this turn", chat.conversationId()).hasSize(1);
		return cards.get(0);
	}

	static JsonNode cardIn(JsonNode activity) {
		JsonNode attachment = activity.path("attachments").path(0);
		return "application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())
				? attachment.get("content") : null;
	}

	/** The data a client sends back for the button with this verb, wherever it sits on the card. */
	static ObjectNode dataFor(JsonNode card, String verb) {
		for (JsonNode action : card.findParents("verb")) {
			if (verb.equals(action.path("verb").asText()) && "Action.Execute".equals(action.path("type").asText())) {
				return action.get("data").deepCopy();
			}
		}
		throw new AssertionError("no " + verb + " on " + card.toPrettyString());
	}

	/** A complete declaration in {@code area}, as the declaration card sends it. */
	static ObjectNode declaration(String area) {
		LocalDate today = LocalDate.now(WorkingDays.LONDON);
		return JsonNodeFactory.instance.objectNode().put("submissionId", UUID.randomUUID().toString())
				.put("channel", "whatsapp").put("account", "personal").put("device", "personal")
				.put("dateFrom", today.minusDays(2).toString()).put("dateTo", today.toString())
				.put("counterparties", "Harbour master").put("external", "true").put("businessArea", area)
				.put("subject", "Berth allocation for the ferry").put("significant", "decision")
				.put("classification", "official").put("personalData", "none")
				.put("reason", "Only WhatsApp worked at sea").put("disappearing", "false").put("transferred", "not-yet")
				.put("holds", "false");
	}

	Notification awaitStatus(String id, NotificationStatus status) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> notifications.find(id).orElseThrow(),
				n -> n.status() == status);
	}

	String notificationFor(String subjectRef) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT id FROM iao_notification WHERE subject_ref = ? ORDER BY subject_version DESC")
				.param(subjectRef).query(String.class).list(), ids -> !ids.isEmpty()).get(0);
	}

	int actions(String notificationId, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM iao_notification_action WHERE notification_id = ? AND action = ?")
				.params(notificationId, action).query(Integer.class).single();
	}
}
