package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuidanceQuestionPurgeTests {

	@Test
	void purgesQuestionsOlderThanTheRetention() {
		FakeGuidanceStore store = new FakeGuidanceStore();
		Instant now = Instant.parse("2026-11-24T03:30:00Z");
		new GuidanceQuestionPurge(store, Duration.ofDays(90), Clock.fixed(now, ZoneOffset.UTC)).purge();
		assertThat(store.purgedBefore).isEqualTo(Instant.parse("2026-08-26T03:30:00Z"));
	}
}
