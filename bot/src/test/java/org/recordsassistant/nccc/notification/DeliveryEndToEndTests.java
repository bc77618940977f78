package org.recordsassistant.nccc.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a misbehaving connector over real HTTP: a 429 storm still delivers every notice exactly
 * once; a chat Teams refuses for good, or no chat at all, falls back to email through a fake Graph; and a
 * person with no chat gets one opened (the app installed first through Graph when Teams asks for it).
 */
class DeliveryEndToEndTests extends NotificationEndToEndTest {
	@Autowired
	DeliveryLoop loop;

	private String queue(String title, String iaoKey) {
		String id = notifications.queue(new Notification.New(NotificationKind.RECORD_FILED, "storm-" + title, 1, FINANCE,
				false, iaoKey, null, null, Summary.of(title, null, "Transfer", title)), clock.instant()).orElseThrow();
		loop.wake();
		return id;
	}

	@Test
	void aStormOf429sOnEverySecondCallStillDeliversEveryNotificationExactlyOnce() {
		List<BotConversation> iaos = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			BotConversation iao = chatAs("Storm IAO " + i + " " + System.nanoTime());
			iao.installs().expectStatus(200);
			iaos.add(iao);
		}
		connector.throttleEverySecondCall("1");
		List<String> titles = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String title = "Storm notice " + i + " " + System.nanoTime();
			titles.add(title);
			ids.add(queue(title, iaos.get(i % iaos.size()).aadObjectId()));
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream()
				.allMatch(id -> notifications.find(id).orElseThrow().status() == NotificationStatus.SENT));

		Map<String, Long> delivered = connector.sent().stream().filter(sent -> "POST".equals(sent.path("_method").asText()))
				.map(sent -> titles.stream().filter(title -> sent.toString().contains(title)).findFirst().orElse(""))
				.filter(title -> !title.isEmpty()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(delivered).hasSize(titles.size()).allSatisfy((title, times) -> assertThat(times).isEqualTo(1));
		assertThat(connector.throttledCount()).as("429s answered").isPositive();
		for (int i = 0; i < ids.size(); i++) {
			Notification n = notifications.find(ids.get(i)).orElseThrow();
			assertThat(n.channel()).isEqualTo(DeliveryChannel.TEAMS);
			assertThat(n.conversationKey()).isEqualTo(iaos.get(i % iaos.size()).conversationId());
		}
	}

	@Test
	void aChatTeamsRefusesForGoodFallsBackToEmailWithTheSummaryAndAChatLink() {
		BotConversation pia = chatAs(PIA);
		pia.installs().expectStatus(200);
		connector.server().stubFor(post(urlPathMatching("/v3/conversations/" + pia.conversationId().replace(":", "%3A")
				+ "/activities.*")).atPriority(1).willReturn(aResponse().withStatus(403)
				.withBody("{\"error\":{\"code\":\"BotDisabledByAdmin\"}}")));
		connector.server().stubFor(post(urlPathMatching("/v3/conversations/" + pia.conversationId() + "/activities.*"))
				.atPriority(1).willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"Forbidden\"}}")));

		String id = queue("Refused notice " + System.nanoTime(), pia.aadObjectId());

		Notification sent = awaitStatus(id, NotificationStatus.SENT);
		assertThat(sent.channel()).isEqualTo(DeliveryChannel.EMAIL);
		assertThat(sent.activityId()).isNull();
		String mail = mailTo(addressOf(PIA));
		assertThat(mail).contains(sent.summary().title(), "https://teams.microsoft.com/l/chat/0/0?users=28:bot",
				"could not reach you in Teams");
	}

	@Test
	void withNoChatTheBotInstallsTheAppThroughGraphOpensAChatAndSendsTheCardThere() {
		connector.server().stubFor(post(urlPathEqualTo("/v3/conversations")).atPriority(1).inScenario("install")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
						.withBody("{\"error\":{\"code\":\"Forbidden\","
								+ "\"message\":\"Bot is not installed in user's personal scope\"}}"))
				.willSetStateTo("installed"));
		String cara = knownPerson("Cara Comms " + System.nanoTime());

		String id = queue("Opened chat notice " + System.nanoTime(), cara);

		Notification sent = awaitStatus(id, NotificationStatus.SENT);
		assertThat(sent.channel()).isEqualTo(DeliveryChannel.TEAMS);
		assertThat(sent.conversationKey()).startsWith("a:created-");
		graph.verify(1, postRequestedFor(urlPathEqualTo("/v1.0/users/" + cara + "/teamwork/installedApps")));
		List<ServeEvent> created = connector.server().getAllServeEvents().stream()
				.filter(event -> event.getRequest().getUrl().equals("/v3/conversations")).toList();
		assertThat(created).hasSize(2);
		assertThat(created.get(0).getRequest().getBodyAsString()).contains("\"isGroup\":false", cara);
		assertThat(connector.sent()).anyMatch(activity -> URLDecoder.decode(activity.path("_path").asText(),
				StandardCharsets.UTF_8).startsWith("/v3/conversations/" + sent.conversationKey() + "/activities")
				&& activity.toString().contains(sent.summary().title()));
	}

	@Test
	void withNoChatAndNoWayToOpenOneTheNoticeGoesByEmail() {
		connector.server().stubFor(post(urlPathEqualTo("/v3/conversations")).atPriority(1).willReturn(aResponse()
				.withStatus(403).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":\"Forbidden\"}}")));

		String nora = "Nora Nochat " + System.nanoTime();
		knownPerson(nora);

		String id = queue("Unreachable notice " + System.nanoTime(), aadObjectIdOf(nora));

		Notification sent = awaitStatus(id, NotificationStatus.SENT);
		assertThat(sent.channel()).isEqualTo(DeliveryChannel.EMAIL);
		assertThat(mailTo(addressOf(nora))).contains(sent.summary().title());
	}

	@Test
	void someoneWithNoChatAndNoAddressIsMarkedFailed() {
		connector.server().stubFor(post(urlPathEqualTo("/v3/conversations")).atPriority(1).willReturn(aResponse()
				.withStatus(404).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":\"NotFound\"}}")));

		String id = queue("Lost notice " + System.nanoTime(), aadObjectIdOf("Nobody Known " + System.nanoTime()));

		assertThat(awaitStatus(id, NotificationStatus.FAILED).channel()).isNull();
		assertThat(jdbc.sql("SELECT last_error FROM iao_notification WHERE id = ?").param(id).query(String.class)
				.single()).contains("no email address");
	}

	private static String mailTo(String address) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> graph.getAllServeEvents().stream()
				.filter(event -> event.getRequest().getUrl().equals(SEND_MAIL))
				.map(event -> event.getRequest().getBodyAsString()).filter(body -> body.contains(address))
				.findFirst().orElse(null), found -> found != null);
	}
}
