package org.recordsassistant.nccc.transfer.filing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the filing worker retries, alerts and reports progress ({@code nccc.transfer.filing.*}).
 *
 * @param alertAfter failed attempts after which operators are alerted and the user told of the delay, once
 * @param operators Entra object ids of the operators to alert in Teams; empty = the ERROR log line only
 * @param progressAbove packages larger than this get a "filing now" message and progress messages
 * @param progressEvery a progress message at most every this many percent of the package
 * @param progressInterval and at most once in this long
 * @param retryBackoff the wait before retrying after the first failed attempt; it doubles with each further
 *     failure, up to {@link #MAX_BACKOFF}
 * @param staleAfter an attempt in another instance with no heartbeat for this long is taken to have died
 */
@ConfigurationProperties("nccc.transfer.filing")
record FilingProperties(
		@DefaultValue("5") int alertAfter,
		@DefaultValue List<String> operators,
		@DefaultValue("50MB") DataSize progressAbove,
		@DefaultValue("25") int progressEvery,
		@DefaultValue("30s") Duration progressInterval,
		@DefaultValue("1m") Duration retryBackoff,
		@DefaultValue("10m") Duration staleAfter) {

	static final Duration MAX_BACKOFF = Duration.ofHours(1);

	FilingProperties {
		if (alertAfter < 1) {
			throw new IllegalArgumentException("nccc.transfer.filing.alert-after must be 1 or more");
		}
		if (progressEvery < 1 || progressEvery > 100) {
			throw new IllegalArgumentException("nccc.transfer.filing.progress-every is a percentage: 1 to 100");
		}
		if (retryBackoff.isNegative() || progressInterval.isNegative() || staleAfter.isNegative() || staleAfter.isZero()) {
			throw new IllegalArgumentException("nccc.transfer.filing durations must not be negative, and "
					+ "stale-after must be positive");
		}
		operators = operators == null ? List.of()
				: operators.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
	}

	/** The wait after {@code failures} failed attempts (1 or more). */
	Duration backoffAfter(int failures) {
		Duration wait = retryBackoff;
		for (int i = 1; i < failures && wait.compareTo(MAX_BACKOFF) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}
}
