package org.recordsassistant.nccc.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.RecordsLibraryException;
import org.recordsassistant.graphconnector.models.DirectoryUser;

import static org.assertj.core.api.Assertions.assertThat;

/** UPN lookups on a hand-moved clock: cached, retried after failures, and a known id kept through an outage. */
class UserKeysTests {
	private static final String UPN = "paula.ports@dept.gov.uk";
	private final AtomicLong nanos = new AtomicLong();
	private final AtomicInteger calls = new AtomicInteger();
	private final AtomicBoolean down = new AtomicBoolean();
	private volatile String paulasId = "aad-paula";
	private final Directory directory = new Directory() {
		@Override
		public Optional<DirectoryUser> findUser(String id) {
			calls.incrementAndGet();
			if (down.get()) {
				throw new RecordsLibraryException("unavailable", 503, "req", null);
			}
			return paulasId == null ? Optional.empty()
					: Optional.of(new DirectoryUser(paulasId, "Paula Ports", null, UPN, null, null));
		}

		@Override
		public Optional<DirectoryUser> findManager(String id) {
			return Optional.empty();
		}
	};
	private final UserKeys keys = new UserKeys(directory, Duration.ofSeconds(5), nanos::get);

	@AfterEach
	void close() {
		keys.close();
	}

	private void advance(Duration duration) {
		nanos.addAndGet(duration.toNanos());
	}

	@Test
	void objectIdsPassThroughWithoutALookup() {
		assertThat(keys.resolve(List.of("aad-iris", ""))).isEqualTo(Map.of("aad-iris", "aad-iris"));
		assertThat(calls.get()).isZero();
	}

	@Test
	void aFailedLookupIsRetriedOnlyAfterAMinute() {
		down.set(true);
		assertThat(keys.resolve(List.of(UPN))).isEmpty();
		down.set(false);
		advance(Duration.ofSeconds(59));
		assertThat(keys.resolve(List.of(UPN))).as("still within the minute").isEmpty();
		advance(Duration.ofSeconds(1));
		assertThat(keys.resolve(List.of(UPN))).isEqualTo(Map.of(UPN, "aad-paula"));
		assertThat(calls.get()).isEqualTo(2);
	}

	@Test
	void aKnownIdIsKeptWhenItsRefreshFailsButDroppedWhenTheDirectorySaysTheyHaveGone() {
		assertThat(keys.resolve(List.of(UPN.toUpperCase()))).isEqualTo(Map.of(UPN.toUpperCase(), "aad-paula"));
		advance(UserKeys.REFRESH_FOUND);
		down.set(true);
		assertThat(keys.resolve(List.of(UPN))).as("directory down at refresh").isEqualTo(Map.of(UPN, "aad-paula"));

		down.set(false);
		paulasId = null;
		advance(UserKeys.RETRY_FAILED);
		assertThat(keys.resolve(List.of(UPN))).as("directory says no such user").isEmpty();
		assertThat(calls.get()).isEqualTo(3);
	}
}
