package org.recordsassistant.nccc.teams;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.microsoft.bot.schema.Activity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK misreads timestamps (tech-notes §2.1); message times in records must be exact. */
class ActivityMapperTests {
	private final ActivityMapper mapper = new ActivityMapper();

	private Activity read(String timestamp, String localTimestamp) {
		return mapper.read("{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/uk/\","
				+ "\"timestamp\":\"" + timestamp + "\",\"localTimestamp\":\"" + localTimestamp + "\"}");
	}

	@Test
	void readsTheFractionAsMillisecondsNotNanoseconds() {
		Activity activity = read("2026-03-14T09:05:12.123Z", "2026-03-14T09:05:12.123+00:00");
		assertThat(activity.getTimestamp()).isEqualTo(OffsetDateTime.of(2026, 3, 14, 9, 5, 12, 123_000_000, ZoneOffset.UTC));
	}

	@Test
	void acceptsTimestampsWithoutAFraction() {
		Activity activity = read("2026-03-14T09:05:12Z", "2026-03-14T10:05:12+01:00");
		assertThat(activity.getTimestamp().toInstant().toString()).isEqualTo("2026-03-14T09:05:12Z");
	}

	@Test
	void keepsTheUsersOffsetOnLocalTimestamp() {
		Activity activity = read("2026-07-01T08:00:00.5Z", "2026-07-01T09:00:00.5+01:00");
		assertThat(activity.getLocalTimestamp().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(activity.getLocalTimestamp().getHour()).isEqualTo(9);
		assertThat(activity.getLocalTimestamp().getNano()).isEqualTo(500_000_000);
	}

	@Test
	void rejectsBodiesThatAreNotActivitiesWithoutQuotingThem() {
		assertThatThrownBy(() -> mapper.read("{\"type\":\"message\",\"text\":\"secret plans"))
				.isInstanceOf(ActivityMapper.MalformedActivityException.class)
				.hasMessageNotContaining("secret plans");
		assertThatThrownBy(() -> mapper.read("")).hasMessageContaining("empty");
		assertThatThrownBy(() -> mapper.read("{\"serviceUrl\":\"https://x\"}")).hasMessageContaining("no type");
	}
}
