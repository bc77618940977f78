package org.recordsassistant.nccc.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A Bot Connector on loopback speaking real HTTP: records what the bot sends (replies, new messages,
 * card updates) and can be told to answer 429 or 503 first. Point an activity's {@code serviceUrl}
 * at {@link #serviceUrl()}.
 */
public final class FakeBotConnector implements AutoCloseable {
	private static final String CONVERSATION_CALLS = "/v3/conversations/.*";
	private static final ObjectMapper JSON = new ObjectMapper();

	private final WireMockServer server;
	private final AtomicInteger ids = new AtomicInteger();

	private final boolean uniqueIds;
	private final ConnectorFaults faults = new ConnectorFaults();

	public FakeBotConnector() {
		this(true);
	}

	/**
	 * @param uniqueIds false answers every send with the same activity id: for load tests, where
	 *        templating a fresh id per response would cost more than the turn being measured
	 */
	public FakeBotConnector(boolean uniqueIds) {
		this.uniqueIds = uniqueIds;
		server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
				.containerThreads(32).asynchronousResponseEnabled(false).notifier(new ConsoleNotifier(false))
				.extensions(faults));
		server.start();
		reset();
	}

	public String serviceUrl() {
		return "http://127.0.0.1:" + server.port() + "/";
	}

	public int port() {
		return server.port();
	}

	public WireMockServer server() {
		return server;
	}

	/** Forgets recorded calls and faults; every call then succeeds with a new activity id. */
	public void reset() {
		faults.off();
		server.resetAll();
		var ok = aResponse().withStatus(200).withHeader("Content-Type", "application/json");
		server.stubFor(any(urlPathMatching(CONVERSATION_CALLS)).atPriority(10).willReturn(uniqueIds
				? ok.withBody("{\"id\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}").withTransformers("response-template")
				: ok.withBody("{\"id\":\"activity-1\"}")));
	}

	/** The next {@code times} sends answer {@code status} with {@code Retry-After: retryAfterSeconds}. */
	public void failNextSends(int times, int status, String retryAfterSeconds) {
		String scenario = "faults-" + ids.incrementAndGet();
		for (int i = 0; i < times; i++) {
			var response = aResponse().withStatus(status).withBody("{\"error\":{\"code\":\"Throttled\"}}");
			if (retryAfterSeconds != null) {
				response = response.withHeader("Retry-After", retryAfterSeconds);
			}
			server.stubFor(post(urlPathMatching(CONVERSATION_CALLS)).atPriority(1).inScenario(scenario)
					.whenScenarioStateIs(i == 0 ? Scenario.STARTED : "fault-" + i)
					.willReturn(response).willSetStateTo("fault-" + (i + 1)));
		}
	}

	/**
	 * From now until {@link #reset()}, every second message posted into a conversation is answered 429 with
	 * {@code Retry-After: retryAfterSeconds}, whoever sends it.
	 */
	public void throttleEverySecondCall(String retryAfterSeconds) {
		faults.everySecondCall(retryAfterSeconds);
	}

	/**
	 * From now until {@link #reset()}, each conversation accepts at most {@code perSecond} messages in any
	 * second and {@code perThirtySeconds} in any thirty seconds (Teams documents about 7 and 60 for a bot);
	 * beyond that it answers 429 with the {@code Retry-After} the window needs.
	 */
	public void rateLimitPerConversation(int perSecond, int perThirtySeconds) {
		faults.rateLimit(perSecond, perThirtySeconds);
	}

	/** How many calls were answered 429 since the last reset. */
	public int throttledCount() {
		return (int) server.getAllServeEvents().stream().filter(event -> event.getResponse().getStatus() == 429).count();
	}

	/** Every activity the connector accepted (2xx) from the bot, oldest first, as JSON. */
	public List<JsonNode> sent() {
		List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
		events.sort(Comparator.comparing(event -> event.getRequest().getLoggedDate()));
		List<JsonNode> activities = new ArrayList<>();
		for (ServeEvent event : events) {
			LoggedRequest request = event.getRequest();
			boolean write = RequestMethod.POST.equals(request.getMethod()) || RequestMethod.PUT.equals(request.getMethod());
			int status = event.getResponse().getStatus();
			if (write && status >= 200 && status < 300 && request.getUrl().startsWith("/v3/conversations/")) {
				try {
					ObjectNode body = (ObjectNode) JSON.readTree(request.getBodyAsString());
					body.put("_method", request.getMethod().getName());
					body.put("_path", request.getUrl());
					activities.add(body);
				} catch (Exception e) {
					throw new IllegalStateException("The bot sent a body that is not JSON", e);
				}
			}
		}
		return activities;
	}

	/** How many requests reached the connector, failed ones included. */
	public int requestCount() {
		return server.findAll(WireMock.anyRequestedFor(urlPathMatching(CONVERSATION_CALLS))).size();
	}

	public List<LoggedRequest> requests() {
		return server.findAll(WireMock.anyRequestedFor(urlPathMatching(CONVERSATION_CALLS)));
	}

	@Override
	public void close() {
		server.stop();
	}
}
