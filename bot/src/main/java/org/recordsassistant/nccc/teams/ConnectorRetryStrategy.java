package org.recordsassistant.nccc.teams;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

import com.microsoft.bot.restclient.retry.RetryStrategy;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries Bot Connector calls on 429, 412 and 502/503/504. The SDK never retries 429 and retries 5xx
 * at once (tech-notes §2.3); we wait the longer of {@code Retry-After} and an exponential backoff
 * with jitter, capped. The SDK's {@code RetryHandler} calls us between attempts on its own thread,
 * so waiting here delays only that call.
 */
final class ConnectorRetryStrategy extends RetryStrategy {
	private static final Logger log = LoggerFactory.getLogger(ConnectorRetryStrategy.class);
	private static final Set<Integer> RETRIED = Set.of(429, 412, 502, 503, 504);

	private final int maxRetries;
	private final Duration baseBackoff;
	private final Duration maxWait;
	private final LongConsumer sleeper;

	ConnectorRetryStrategy(int maxRetries, Duration baseBackoff, Duration maxWait) {
		this(maxRetries, baseBackoff, maxWait, ConnectorRetryStrategy::sleep);
	}

	ConnectorRetryStrategy(int maxRetries, Duration baseBackoff, Duration maxWait, LongConsumer sleeper) {
		super("nccc-connector-retry", false);
		this.maxRetries = maxRetries;
		this.baseBackoff = baseBackoff;
		this.maxWait = maxWait;
		this.sleeper = sleeper;
	}

	@Override
	public boolean shouldRetry(int retryCount, Response response) {
		if (response == null || !RETRIED.contains(response.code()) || retryCount >= maxRetries) {
			if (response != null && RETRIED.contains(response.code())) {
				log.warn("Bot Connector call still failing with {} after {} retries", response.code(), retryCount);
			}
			return false;
		}
		long waitMillis = waitMillis(retryCount, response.header("Retry-After"));
		sleeper.accept(waitMillis);
		return true;
	}

	long waitMillis(int retryCount, String retryAfter) {
		long backoff = baseBackoff.toMillis() << Math.min(retryCount, 16);
		long jitter = backoff == 0 ? 0 : ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
		long wait = Math.max(backoff + jitter, retryAfterMillis(retryAfter));
		return Math.min(wait, maxWait.toMillis());
	}

	/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
	static long retryAfterMillis(String retryAfter) {
		if (retryAfter == null || retryAfter.isBlank()) {
			return 0;
		}
		String value = retryAfter.trim();
		try {
			return Math.max(0, Math.round(Double.parseDouble(value) * 1000));
		} catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
				return Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis());
			} catch (DateTimeParseException notADate) {
				return 0;
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
