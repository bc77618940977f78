package org.recordsassistant.nccc.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Connector-wide throttling for {@link FakeBotConnector}, applied to every message the bot posts into a
 * conversation: off, every second call answered 429, or Teams-like per-conversation rate limits (messages
 * per second and per thirty seconds) answered 429 with the {@code Retry-After} the window needs.
 */
final class ConnectorFaults implements ResponseDefinitionTransformerV2 {
	static final String NAME = "connector-faults";
	private static final String MESSAGES = "/v3/conversations/";
	private static final long SECOND_NANOS = 1_000_000_000L;

	private enum Mode {
		OFF, EVERY_SECOND_CALL, RATE_LIMITED
	}

	private volatile Mode mode = Mode.OFF;
	private volatile String retryAfter = "1";
	private volatile int perSecond;
	private volatile int perThirtySeconds;
	private final AtomicLong calls = new AtomicLong();
	private final Map<String, Deque<Long>> accepted = new HashMap<>();

	synchronized void off() {
		mode = Mode.OFF;
		calls.set(0);
		accepted.clear();
	}

	synchronized void everySecondCall(String retryAfterSeconds) {
		off();
		retryAfter = retryAfterSeconds;
		mode = Mode.EVERY_SECOND_CALL;
	}

	synchronized void rateLimit(int messagesPerSecond, int messagesPerThirtySeconds) {
		off();
		perSecond = messagesPerSecond;
		perThirtySeconds = messagesPerThirtySeconds;
		mode = Mode.RATE_LIMITED;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		ResponseDefinition normal = serveEvent.getResponseDefinition();
		var request = serveEvent.getRequest();
		if (mode == Mode.OFF || !RequestMethod.POST.equals(request.getMethod()) || !request.getUrl().startsWith(MESSAGES)
				|| normal.getStatus() >= 300) {
			return normal;
		}
		if (mode == Mode.EVERY_SECOND_CALL) {
			return calls.incrementAndGet() % 2 == 0 ? throttled(retryAfter) : normal;
		}
		String conversation = request.getUrl().substring(MESSAGES.length()).split("/", 2)[0];
		long waitNanos = admit(conversation, System.nanoTime());
		return waitNanos == 0 ? normal : throttled(Long.toString(Math.max(1, (waitNanos + SECOND_NANOS - 1) / SECOND_NANOS)));
	}

	/** @return 0 when the message fits both windows (and is counted), else how long until it would */
	private synchronized long admit(String conversation, long now) {
		Deque<Long> times = accepted.computeIfAbsent(conversation, key -> new ArrayDeque<>());
		while (!times.isEmpty() && now - times.peekFirst() >= 30 * SECOND_NANOS) {
			times.removeFirst();
		}
		long wait = Math.max(waitFor(times, now, SECOND_NANOS, perSecond), waitFor(times, now, 30 * SECOND_NANOS,
				perThirtySeconds));
		if (wait == 0) {
			times.addLast(now);
		}
		return wait;
	}

	private static long waitFor(Deque<Long> times, long now, long window, int max) {
		int inWindow = 0;
		var newestFirst = times.descendingIterator();
		while (newestFirst.hasNext()) {
			long at = newestFirst.next();
			if (now - at >= window) {
				break;
			}
			if (++inWindow >= max) {
				return at + window - now;
			}
		}
		return 0;
	}

	private static ResponseDefinition throttled(String retryAfterSeconds) {
		return aResponse().withStatus(429).withHeader("Retry-After", retryAfterSeconds)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":\"Throttled\",\"message\":\"Too many requests\"}}").build();
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	@Override
	public String getName() {
		return NAME;
	}
}
