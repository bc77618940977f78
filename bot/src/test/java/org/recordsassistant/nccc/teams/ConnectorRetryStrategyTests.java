package org.recordsassistant.nccc.teams;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorRetryStrategyTests {
	private final List<Long> waits = new ArrayList<>();
	private final ConnectorRetryStrategy strategy = new ConnectorRetryStrategy(3, Duration.ofMillis(100),
			Duration.ofSeconds(10), waits::add);

	private static Response response(int code, String retryAfter) {
		Response.Builder builder = new Response.Builder().request(new Request.Builder().url("https://smba.trafficmanager.net/uk/").build())
				.protocol(Protocol.HTTP_1_1).code(code).message("status");
		if (retryAfter != null) {
			builder.header("Retry-After", retryAfter);
		}
		return builder.build();
	}

	@Test
	void retries429WaitingAtLeastRetryAfter() {
		assertThat(strategy.shouldRetry(0, response(429, "2"))).isTrue();
		assertThat(waits).singleElement().satisfies(wait -> assertThat(wait).isGreaterThanOrEqualTo(2000));
	}

	@Test
	void retriesPreconditionFailedAndGatewayErrorsWithGrowingBackoff() {
		for (int code : new int[] { 412, 502, 503, 504 }) {
			assertThat(strategy.shouldRetry(0, response(code, null))).as("code %d", code).isTrue();
		}
		waits.clear();
		strategy.shouldRetry(0, response(503, null));
		strategy.shouldRetry(2, response(503, null));
		assertThat(waits.get(0)).isBetween(100L, 150L);
		assertThat(waits.get(1)).isBetween(400L, 600L);
	}

	@Test
	void givesUpAfterTheLimitAndNeverRetriesClientErrors() {
		assertThat(strategy.shouldRetry(3, response(429, "1"))).isFalse();
		assertThat(strategy.shouldRetry(0, response(400, null))).isFalse();
		assertThat(strategy.shouldRetry(0, response(404, null))).isFalse();
		assertThat(strategy.shouldRetry(0, response(500, null))).isFalse();
		assertThat(waits).isEmpty();
	}

	@Test
	void capsTheWaitWhateverRetryAfterAsks() {
		strategy.shouldRetry(0, response(429, "3600"));
		assertThat(waits).containsExactly(10_000L);
	}

	@Test
	void understandsRetryAfterAsAnHttpDate() {
		String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5));
		assertThat(ConnectorRetryStrategy.retryAfterMillis(inFiveSeconds)).isBetween(3000L, 5000L);
		assertThat(ConnectorRetryStrategy.retryAfterMillis("soon")).isZero();
		assertThat(ConnectorRetryStrategy.retryAfterMillis("1.5")).isEqualTo(1500);
	}
}
