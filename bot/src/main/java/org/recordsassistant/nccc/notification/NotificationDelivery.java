package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.recordsassistant.nccc.notification.CardSender.Failure;
import org.recordsassistant.nccc.notification.NotificationCards.Note;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued notifications. Each round claims due rows (a compare-and-set, so instances sharing the
 * database never take the same row), serves each IAO's conversation in order on its own lane, and records
 * the outcome: sent in Teams; throttled (the conversation waits out {@code Retry-After} while other
 * conversations carry on); failed for now (exponential backoff); or, when Teams cannot reach the IAO for
 * good, sent by email. The connector call itself makes one attempt, so retrying lives here only.
 */
final class NotificationDelivery {
	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
	private static final Duration MIN_THROTTLE = Duration.ofSeconds(1);

	private final NotificationRepository notifications;
	private final CardSender teams;
	private final EmailNotices email;
	private final NoticeViews views;
	private final ConversationPacer pacer;
	private final DeliveryProperties settings;
	private final Clock clock;
	private final ExecutorService lanes;

	NotificationDelivery(NotificationRepository notifications, CardSender teams, EmailNotices email, NoticeViews views,
			DeliveryProperties settings, Clock clock, ExecutorService lanes) {
		this.notifications = notifications;
		this.teams = teams;
		this.email = email;
		this.views = views;
		this.pacer = new ConversationPacer(settings.rateLimit());
		this.settings = settings;
		this.clock = clock;
		this.lanes = lanes;
	}

	/** @return how many notifications this round claimed (sent, rescheduled or failed) */
	int deliverDue() {
		Instant now = clock.instant();
		String token = UUID.randomUUID().toString();
		// A few per chat per round, so one busy IAO cannot fill the batch and leave the other lanes idle.
		int perConversation = Math.max(1, settings.rateLimit().perSecond());
		List<Notification> claimed = notifications.claimDue(now, perConversation, settings.batchSize(), token,
				now.plus(settings.claimLease()));
		if (claimed.isEmpty()) {
			return 0;
		}
		Map<String, List<Notification>> byConversation = new LinkedHashMap<>();
		claimed.forEach(n -> byConversation.computeIfAbsent(n.iaoKey(), key -> new ArrayList<>()).add(n));
		List<Future<?>> running = new ArrayList<>();
		for (List<Notification> lane : byConversation.values()) {
			running.add(lanes.submit(() -> deliverLane(lane, token, now)));
		}
		for (Future<?> lane : running) {
			try {
				lane.get();
			} catch (ExecutionException e) {
				log.warn("A delivery lane failed: {}", e.getCause().getClass().getSimpleName());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return claimed.size();
	}

	/** One IAO's notifications in order; stops early, giving the rest back, when their chat must wait. */
	private void deliverLane(List<Notification> lane, String token, Instant claimedAt) {
		for (int i = 0; i < lane.size(); i++) {
			Notification n = lane.get(i);
			Instant now = clock.instant();
			if (now.isAfter(claimedAt.plus(settings.claimLease().dividedBy(2)))) {
				giveBack(lane.subList(i, lane.size()), token, now, now);
				return;
			}
			if (n.channel() != DeliveryChannel.EMAIL) {
				Instant slot = pacer.nextSlot(n.iaoKey(), now);
				if (slot.isAfter(now)) {
					giveBack(lane.subList(i, lane.size()), token, slot, now);
					return;
				}
			}
			try {
				Instant wait = deliver(n, token);
				if (wait != null) {
					giveBack(lane.subList(i + 1, lane.size()), token, wait, clock.instant());
					return;
				}
			} catch (RuntimeException unexpected) {
				// A bug or a database hiccup: count it like any failed attempt, so it cannot retry for ever.
				log.warn("Notification {} delivery failed unexpectedly: {}", n.id(), unexpected.getClass().getSimpleName());
				afterFailure(n, token, new Failure(CardSender.Reason.UNAVAILABLE, 0, Duration.ZERO), now);
			}
		}
	}

	/** @return null to carry on with this conversation, or when it may next be tried */
	private Instant deliver(Notification n, String token) {
		if (n.channel() == DeliveryChannel.EMAIL) {
			byEmail(n, token, "Teams could not reach the IAO");
			return null;
		}
		Instant now = clock.instant();
		try {
			CardSender.Sent sent = teams.send(n.iaoKey(), views.readOnly(n, Note.NONE));
			// Counted from when Teams had it, not when we started: the connector measures arrivals.
			pacer.sent(n.iaoKey(), clock.instant());
			if (!notifications.markSent(n.id(), token, DeliveryChannel.TEAMS, sent.conversationKey(), sent.activityId(),
					clock.instant())) {
				log.warn("Notification {} was sent after its claim lapsed; another instance may send it too", n.id());
			}
			log.info("Notification {} ({}) sent to the IAO in Teams after {} attempt(s)", n.id(), n.kind(),
					n.attempts() + 1);
			return null;
		} catch (Failure failure) {
			return afterFailure(n, token, failure, now);
		}
	}

	private Instant afterFailure(Notification n, String token, Failure failure, Instant now) {
		if (failure.permanent()) {
			log.info("Notification {}: Teams cannot reach the IAO ({}), sending by email", n.id(), failure.reason());
			byEmail(n, token, failure.getMessage());
			return null;
		}
		boolean throttled = failure.reason() == CardSender.Reason.THROTTLED;
		boolean tooOld = n.createdAt().plus(settings.giveUpAfter()).isBefore(now);
		if (!throttled && n.attempts() + 1 >= settings.maxAttempts() || tooOld) {
			log.warn("Notification {}: Teams still failing after {} attempt(s), sending by email", n.id(),
					n.attempts() + 1);
			byEmail(n, token, failure.getMessage());
			return null;
		}
		// Throttled: Teams says when (Retry-After), else a short wait. Failing: exponential backoff, never sooner
		// than a Retry-After the server sent with its 503.
		Duration backoff = settings.backoff(throttled ? 1 : n.attempts() + 1);
		Duration wait = throttled ? (failure.retryAfter().isZero() ? backoff : failure.retryAfter())
				: max(backoff, failure.retryAfter());
		if (throttled) {
			wait = wait.compareTo(MIN_THROTTLE) < 0 ? MIN_THROTTLE : wait;
			pacer.throttled(n.iaoKey(), now.plus(wait));
			// A 429 is Teams saying "later", not a failed attempt: it does not count towards giving up.
			notifications.release(n.id(), token, now.plus(wait));
		} else {
			notifications.retryLater(n.id(), token, now.plus(wait), failure.getMessage(), null);
		}
		return now.plus(wait);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private void byEmail(Notification n, String token, String teamsProblem) {
		Instant now = clock.instant();
		try {
			email.send(n.iaoKey(), n, Note.NONE);
			notifications.markSent(n.id(), token, DeliveryChannel.EMAIL, null, null, now);
			log.info("Notification {} ({}) emailed to the IAO", n.id(), n.kind());
		} catch (EmailNotices.NoAddressException noAddress) {
			notifications.markFailed(n.id(), token, teamsProblem + "; no email address in the directory");
			log.warn("Notification {} could not be delivered: no Teams chat and no email address for the IAO", n.id());
		} catch (RuntimeException mailFailed) {
			if (n.attempts() + 1 >= settings.maxAttempts() * 2) {
				notifications.markFailed(n.id(), token, "email failed: " + mailFailed.getClass().getSimpleName());
				log.warn("Notification {} could not be delivered by Teams or email", n.id());
			} else {
				notifications.retryLater(n.id(), token, now.plus(settings.backoff(n.attempts() + 1)),
						"email failed: " + mailFailed.getClass().getSimpleName(), DeliveryChannel.EMAIL);
			}
		}
	}

	private void giveBack(List<Notification> rest, String token, Instant next, Instant now) {
		if (rest.isEmpty()) {
			return;
		}
		notifications.release(rest.stream().map(Notification::id).toList(), token, next);
		notifications.deferConversation(rest.get(0).iaoKey(), next, now);
	}

	/** When the loop should look again: the next due notification, or after {@code poll}. */
	Duration untilNextDue() {
		Instant now = clock.instant();
		return notifications.nextDue().map(due -> Duration.between(now, due))
				.filter(wait -> wait.compareTo(settings.poll()) < 0).orElse(settings.poll());
	}
}
