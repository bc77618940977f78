package org.recordsassistant.nccc;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries event listeners that failed (a notification that could not be delivered, say). Outstanding
 * events are not republished at start-up, because with several instances every one would republish
 * them; this job picks up only publications that have been incomplete for longer than
 * {@code nccc.events.resubmit-older-than}. A listener may still be running then (a long upload):
 * listeners that take long must notice a second, concurrent delivery (the filing worker does).
 */
@Component
class EventRegistryMaintenance {
	private final IncompleteEventPublications incomplete;
	private final Duration olderThan;

	EventRegistryMaintenance(IncompleteEventPublications incomplete,
			@Value("${nccc.events.resubmit-older-than:PT2M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${nccc.events.resubmit-every:PT1M}", initialDelayString = "${nccc.events.resubmit-every:PT1M}")
	void resubmitStalePublications() {
		incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
	}
}
