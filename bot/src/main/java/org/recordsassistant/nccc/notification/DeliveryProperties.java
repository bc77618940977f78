package org.recordsassistant.nccc.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the notification outbox delivers.
 *
 * @param enabled run the delivery loop in this instance (every instance may: claims keep them apart)
 * @param poll the longest the loop sleeps when nothing is due
 * @param parallelism conversations served at once
 * @param batchSize notifications claimed per round
 * @param claimLease how long a claim keeps other instances off a row; longer than the slowest send
 * @param sendTimeout the longest one send may take
 * @param maxAttempts failed Teams attempts (429s not counted) before falling back to email
 * @param giveUpAfter how long a notice may stay throttled in Teams before it goes by email instead
 * @param baseBackoff the wait after the first failure without {@code Retry-After}; doubles each time
 * @param maxBackoff the longest wait between attempts
 * @param chatLink deep link to the bot's chat, put in emails; blank for none
 * @param rateLimit what one conversation is sent, so Teams' per-conversation limits are respected
 */
@ConfigurationProperties("nccc.notification.delivery")
record DeliveryProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("2s") Duration poll,
		@DefaultValue("4") int parallelism,
		@DefaultValue("100") int batchSize,
		@DefaultValue("2m") Duration claimLease,
		@DefaultValue("30s") Duration sendTimeout,
		@DefaultValue("8") int maxAttempts,
		@DefaultValue("24h") Duration giveUpAfter,
		@DefaultValue("2s") Duration baseBackoff,
		@DefaultValue("15m") Duration maxBackoff,
		@DefaultValue("") String chatLink,
		@DefaultValue RateLimit rateLimit) {

	/**
	 * Teams documents about 7 messages a second and 60 in 30 seconds per conversation for a bot; sending at
	 * that pace avoids most 429s. A 429 still blocks that conversation for its {@code Retry-After}.
	 *
	 * @param enabled pace sends (off: rely on 429s alone, as a baseline)
	 */
	record RateLimit(
			@DefaultValue("true") boolean enabled,
			@DefaultValue("7") int perSecond,
			@DefaultValue("60") int perThirtySeconds) {
	}

	/** The wait before attempt {@code attempts + 1}: exponential from {@link #baseBackoff}, capped. */
	Duration backoff(int attempts) {
		Duration wait = baseBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}
}
