package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Enforces {@code nccc.guidance.question-retention}: question text is personal, so it does not stay forever. */
final class GuidanceQuestionPurge {
	private static final Logger log = LoggerFactory.getLogger(GuidanceQuestionPurge.class);

	private final GuidanceStore store;
	private final Duration retention;
	private final Clock clock;

	GuidanceQuestionPurge(GuidanceStore store, Duration retention, Clock clock) {
		this.store = store;
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(cron = "${nccc.guidance.purge-cron:0 30 3 * * *}")
	void purge() {
		int rows = store.purgeQuestionsBefore(clock.instant().minus(retention));
		log.info("Guidance question purge: {} rows older than {} removed or blanked", rows, retention);
	}
}
