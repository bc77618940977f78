package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.recordsassistant.nccc.declaration.DeclarationAmended;
import org.recordsassistant.nccc.declaration.DeclarationSubmitted;
import org.recordsassistant.nccc.declaration.SecretMaterialReported;
import org.recordsassistant.nccc.notification.NoticeSummaries.Content;
import org.recordsassistant.nccc.transfer.RecordFiled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Puts a notification in the outbox for each declaration, amendment, filed record and SECRET report, routed
 * to the IAO of its business area. Runs from the event registry: a failure leaves the publication incomplete
 * and it is resubmitted; a replay queues nothing new (one row per kind, subject and version). Delivery is the
 * outbox's job, so an IAO who cannot be reached never fails the event. Not final: the listeners are proxied
 * (transactional and asynchronous).
 */
class IaoNotifier {
	private static final Logger log = LoggerFactory.getLogger(IaoNotifier.class);

	private final NotificationRepository notifications;
	private final NoticeSummaries summaries;
	private final Function<String, IaoRouting.Route> routing;
	private final Runnable wakeDelivery;
	private final Clock clock;

	IaoNotifier(NotificationRepository notifications, NoticeSummaries summaries,
			Function<String, IaoRouting.Route> routing, Runnable wakeDelivery, Clock clock) {
		this.notifications = notifications;
		this.summaries = summaries;
		this.routing = routing;
		this.wakeDelivery = wakeDelivery;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DeclarationSubmitted event) {
		queue(NotificationKind.DECLARATION_SUBMITTED, event.reference(), 1, event.businessArea(),
				() -> new Content(summaries.declaration(event.reference(), 1, event.businessArea()),
						event.declarantUserKey()));
	}

	@ApplicationModuleListener
	void on(DeclarationAmended event) {
		queue(NotificationKind.DECLARATION_AMENDED, event.reference(), event.version(), event.businessArea(),
				() -> new Content(summaries.declaration(event.reference(), event.version(), event.businessArea()),
						event.declarantUserKey()));
	}

	@ApplicationModuleListener
	void on(RecordFiled event) {
		queue(NotificationKind.RECORD_FILED, event.transferId(), 1, event.businessArea(),
				() -> summaries.filing(event));
	}

	@ApplicationModuleListener
	void on(SecretMaterialReported event) {
		queue(NotificationKind.SECRET_REPORTED, event.reportId(), 1, event.businessArea(),
				() -> new Content(summaries.secretReport(event), event.reporterUserKey()));
	}

	/** @param content built only when the area has an IAO to tell */
	private void queue(NotificationKind kind, String subject, int version, String area, Supplier<Content> content) {
		IaoRouting.Route route = routing.apply(area);
		if (!route.hasIao()) {
			log.warn("{} {} has no IAO to tell: configure nccc.notification.default-iao", kind, subject);
			return;
		}
		Content built = content.get();
		Optional<String> id = notifications.queue(new Notification.New(kind, subject, version, area, route.unrouted(),
				route.iao(), route.deputy(), built.askKey(), built.summary()), clock.instant());
		if (id.isPresent()) {
			log.info("Notification {} queued: {} {} (unrouted area: {})", id.get(), kind, subject, route.unrouted());
			wakeDelivery.run();
		}
	}
}
