package org.recordsassistant.nccc;

import java.time.Duration;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries event listeners that failed (a notification that could not be delivered, say). Outstanding
 * events are not republished at start-up, because with several instances every one would republish
 * them; this job picks up only publications that have been incomplete for a while.
 */
@Component
class EventRegistryMaintenance {
	private final IncompleteEventPublications incomplete;

	EventRegistryMaintenance(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Scheduled(fixedDelayString = "${nccc.events.resubmit-every:PT1M}", initialDelayString = "${nccc.events.resubmit-every:PT1M}")
	void resubmitStalePublications() {
		incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(2));
	}
}
