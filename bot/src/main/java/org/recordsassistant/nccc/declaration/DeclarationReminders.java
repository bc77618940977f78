package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.recordsassistant.nccc.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reminds declarants whose significant messages are not yet in a corporate system: first after
 * {@code reminder-after} working days, then every {@code reminder-every}, at most {@code reminder-limit}
 * times. Every instance runs the job; the compare-and-set claim in {@link ReminderRepository} makes
 * each reminder go out once. A reminder whose delivery fails is not retried (at most once), because a
 * duplicate nag costs more trust than a missed one, and the next one follows anyway.
 */
class DeclarationReminders {
	private static final Logger log = LoggerFactory.getLogger(DeclarationReminders.class);
	private static final int BATCH = 200;

	private final ReminderRepository reminders;
	private final DeclarationRepository declarations;
	private final ReminderSender sender;
	private final DeclarationProperties properties;
	private final Clock clock;
	private final String instanceId = UUID.randomUUID().toString();

	DeclarationReminders(ReminderRepository reminders, DeclarationRepository declarations, ReminderSender sender,
			DeclarationProperties properties, Clock clock) {
		this.reminders = reminders;
		this.declarations = declarations;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${nccc.declaration.reminder-poll:PT5M}",
			initialDelayString = "${nccc.declaration.reminder-poll:PT5M}")
	void onSchedule() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Sent {} declaration reminder(s)", sent);
		}
	}

	/** @return how many reminders this instance sent */
	int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		for (ReminderRepository.Due due : reminders.due(now, BATCH)) {
			Optional<StoredDeclaration> declaration = declarations.find(due.reference());
			if (declaration.filter(DeclarationReminders::stillAwaitsTransfer).isEmpty()
					|| due.sentCount() >= properties.reminderLimit()) {
				reminders.stop(due.reference());
				continue;
			}
			int number = due.sentCount() + 1;
			Instant next = number >= properties.reminderLimit() ? null : WorkingDays.plus(now, properties.reminderEvery());
			if (!reminders.claim(due, next, instanceId, now)) {
				continue;
			}
			try {
				sender.send(due.userKey(), text(declaration.get(), number));
				sent++;
			} catch (RuntimeException e) {
				log.warn("Reminder {} for {} could not be delivered: {}", number, due.reference(),
						e.getClass().getSimpleName());
			}
		}
		return sent;
	}

	private static boolean stillAwaitsTransfer(StoredDeclaration d) {
		return !d.withdrawn() && d.transferId() == null && d.form().awaitsTransfer();
	}

	private String text(StoredDeclaration d, int number) {
		return "Reminder " + number + " of " + properties.reminderLimit() + ": your declaration **" + d.reference()
				+ "** (messages from " + d.form().dateFrom() + " to " + d.form().dateTo() + ") says significant "
				+ "information is not yet in a corporate system. Send me the exported chat and I will file it, or reply "
				+ "**transferred " + d.reference() + "** once it is filed. You can also type **my declarations**.";
	}
}
