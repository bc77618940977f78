package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.notification.CardSender.Failure;
import org.recordsassistant.nccc.notification.NotificationCards.Note;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Chases unacknowledged notifications: a reminder to the IAO after {@code after} working days, and the card
 * to the deputy after {@code escalate-after}. Every instance runs the job; each reminder and escalation is
 * claimed with a compare-and-set on the row first, so it goes out once. One that cannot be delivered (Teams
 * busy and no email either) is given back and tried on the next run.
 */
final class NotificationReminders {
	private static final Logger log = LoggerFactory.getLogger(NotificationReminders.class);
	private static final int BATCH = 200;

	private final NotificationRepository notifications;
	private final CardSender teams;
	private final EmailNotices email;
	private final NoticeViews views;
	private final ReminderProperties settings;
	private final Clock clock;

	NotificationReminders(NotificationRepository notifications, CardSender teams, EmailNotices email, NoticeViews views,
			ReminderProperties settings, Clock clock) {
		this.notifications = notifications;
		this.teams = teams;
		this.email = email;
		this.views = views;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${nccc.notification.reminders.poll:PT15M}",
			initialDelayString = "${nccc.notification.reminders.poll:PT15M}")
	void onSchedule() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Sent {} IAO reminder(s) and escalation(s)", sent);
		}
	}

	/** @return how many reminders and escalations this instance delivered */
	int sendDue() {
		Instant now = clock.instant();
		// Working days are at least as long as calendar days, so these bounds narrow the query safely.
		List<Notification> candidates = notifications.awaitingAcknowledgement(
				now.minus(Duration.ofDays(settings.after())), now.minus(Duration.ofDays(settings.escalateAfter())), BATCH);
		int delivered = 0;
		for (Notification n : candidates) {
			if (n.remindersSent() == 0 && settings.reminderDue().overdue(n.sentAt(), now)
					&& notifications.claimReminder(n.id(), 0, now)) {
				Outcome outcome = tell(n.iaoKey(), n, Note.REMINDER);
				if (outcome == Outcome.DELIVERED) {
					notifications.recordAction(UUID.randomUUID().toString(), n.id(), NoticeViews.REMINDED, n.iaoKey(),
							null, now);
					delivered++;
				} else if (outcome == Outcome.LATER) {
					notifications.releaseReminder(n.id(), 1);
				}
			}
			if (n.hasDeputy() && n.escalatedAt() == null
					&& settings.escalationDue().overdue(n.sentAt(), now)
					&& notifications.claimEscalation(n.id(), now)) {
				Outcome outcome = tell(n.deputyKey(), n, Note.ESCALATION);
				if (outcome == Outcome.DELIVERED) {
					notifications.recordAction(UUID.randomUUID().toString(), n.id(), NoticeViews.ESCALATED,
							n.deputyKey(), null, now);
					delivered++;
				} else if (outcome == Outcome.LATER) {
					notifications.releaseEscalation(n.id());
				}
			}
		}
		return delivered;
	}

	/** DELIVERED; LATER (given back for the next run); UNREACHABLE (no chat, no address: not tried again). */
	private enum Outcome {
		DELIVERED, LATER, UNREACHABLE
	}

	/** The card in their chat, else by email. */
	private Outcome tell(String userKey, Notification n, Note note) {
		ObjectNode card = views.readOnly(n, note);
		try {
			teams.send(userKey, card);
			log.info("Notification {} {} sent in Teams", n.id(), note);
			return Outcome.DELIVERED;
		} catch (Failure failure) {
			if (!failure.permanent()) {
				log.info("Notification {} {} deferred: Teams {}", n.id(), note, failure.reason());
				return Outcome.LATER;
			}
		} catch (RuntimeException unexpected) {
			log.warn("Notification {} {} failed: {}", n.id(), note, unexpected.getClass().getSimpleName());
			return Outcome.LATER;
		}
		try {
			email.send(userKey, n, note);
			log.info("Notification {} {} emailed", n.id(), note);
			return Outcome.DELIVERED;
		} catch (EmailNotices.NoAddressException noAddress) {
			log.warn("Notification {} {} could not be delivered: no Teams chat and no email address", n.id(), note);
			return Outcome.UNREACHABLE;
		} catch (RuntimeException mailFailed) {
			log.warn("Notification {} {} deferred: email failed with {}", n.id(), note,
					mailFailed.getClass().getSimpleName());
			return Outcome.LATER;
		}
	}
}
