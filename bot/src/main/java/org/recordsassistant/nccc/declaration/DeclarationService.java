package org.recordsassistant.nccc.declaration;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.recordsassistant.nccc.calendar.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The declaration register's API. Other features use the public methods (summaries without free text,
 * linking a filing, the CSV export); the chat uses the package-private ones. Every change and its event
 * commit together, so the event registry never announces a declaration that was not stored.
 */
public class DeclarationService {
	private final DeclarationRepository declarations;
	private final ReminderRepository reminders;
	private final ReferenceNumbers references;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final DeclarationProperties properties;
	private final Clock clock;

	DeclarationService(DeclarationRepository declarations, ReminderRepository reminders, ReferenceNumbers references,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, DeclarationProperties properties,
			Clock clock) {
		this.declarations = declarations;
		this.reminders = reminders;
		this.references = references;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Why a change was refused; null in an {@link Outcome} means it was made (or had been already). */
	enum Problem {
		NOT_FOUND, WITHDRAWN, CHANGED_MEANWHILE
	}

	/** @param alreadyStored the same card or dialog had stored this before: nothing new was created */
	record Outcome(String reference, int version, boolean alreadyStored, Problem problem) {
		static Outcome refused(String reference, Problem problem) {
			return new Outcome(reference, 0, false, problem);
		}
	}

	Outcome submit(Declarant declarant, DeclarationForm form, String submissionId) {
		references.prepare();
		return once(submissionId, () -> transaction.execute(status -> {
			Instant now = clock.instant();
			String reference = references.next();
			declarations.insertDeclaration(reference, declarant, form.businessArea(), now);
			declarations.insertVersion(reference, 1, submissionId, form, now);
			if (form.awaitsTransfer()) {
				reminders.schedule(reference, declarant.userKey(), WorkingDays.plus(now, properties.reminderAfter()));
			}
			events.publishEvent(new DeclarationSubmitted(reference, form.businessArea(), declarant.userKey(),
					form.transferNeeded(), form.awaitsTransfer(), form.personalDataInvolved(), form.disappearing(),
					form.holds()));
			return new Outcome(reference, 1, false, null);
		}));
	}

	/** Stores {@code form} as the next version of the user's own declaration. */
	Outcome amend(String userKey, String reference, DeclarationForm form, String submissionId) {
		Optional<StoredDeclaration> owned = owned(userKey, reference);
		if (owned.isEmpty()) {
			return Outcome.refused(reference, Problem.NOT_FOUND);
		}
		StoredDeclaration current = owned.get();
		return once(submissionId, () -> {
			if (current.withdrawn()) {
				return Outcome.refused(reference, Problem.WITHDRAWN);
			}
			return transaction.execute(status -> {
				Instant now = clock.instant();
				int version = current.version() + 1;
				declarations.insertVersion(reference, version, submissionId, form, now);
				if (!declarations.advanceVersion(reference, current.version(), form.businessArea(), now)) {
					status.setRollbackOnly();
					return Outcome.refused(reference, Problem.CHANGED_MEANWHILE);
				}
				if (form.awaitsTransfer() && current.transferId() == null) {
					reminders.schedule(reference, userKey, WorkingDays.plus(now, properties.reminderAfter()));
				} else {
					reminders.stop(reference);
				}
				events.publishEvent(new DeclarationAmended(reference, version, form.businessArea(), userKey,
						form.transferNeeded(), form.awaitsTransfer(), form.personalDataInvolved(), form.disappearing(),
						form.holds()));
				return new Outcome(reference, version, false, null);
			});
		});
	}

	/** The declarant says the messages are now in a corporate system: a new version with transferred = yes. */
	Outcome confirmTransferred(String userKey, String reference) {
		Optional<StoredDeclaration> owned = owned(userKey, reference);
		if (owned.isEmpty()) {
			return Outcome.refused(reference, Problem.NOT_FOUND);
		}
		return amend(userKey, reference, owned.get().form().withTransferred(Field.YES), UUID.randomUUID().toString());
	}

	Outcome withdraw(String userKey, String reference, String reason) {
		Optional<StoredDeclaration> owned = owned(userKey, reference);
		if (owned.isEmpty()) {
			return Outcome.refused(reference, Problem.NOT_FOUND);
		}
		if (owned.get().withdrawn()) {
			return new Outcome(reference, owned.get().version(), true, null);
		}
		return transaction.execute(status -> {
			if (!declarations.withdraw(reference, reason, clock.instant())) {
				return Outcome.refused(reference, Problem.CHANGED_MEANWHILE);
			}
			reminders.stop(reference);
			events.publishEvent(new DeclarationWithdrawn(reference, owned.get().form().businessArea(), userKey));
			return new Outcome(reference, owned.get().version(), false, null);
		});
	}

	/** The user's declaration, or empty when there is none by that reference or it belongs to someone else. */
	Optional<StoredDeclaration> owned(String userKey, String reference) {
		if (reference == null || userKey == null) {
			return Optional.empty();
		}
		return declarations.find(reference).filter(d -> d.userKey().equals(userKey));
	}

	/** One page of a user's declarations, newest first; {@code number} counts from 1. */
	record Page(List<StoredDeclaration> items, int number, int pages, int total) {
	}

	static final int PAGE_SIZE = 5;

	Page list(String userKey, int requested) {
		int total = declarations.countForUser(userKey);
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(1, requested), pages);
		return new Page(declarations.listForUser(userKey, (number - 1) * PAGE_SIZE, PAGE_SIZE), number, pages, total);
	}

	List<DeclarationRepository.Version> versions(String reference) {
		return declarations.versions(reference);
	}

	/** Remembers that the user is about to send the messages for this declaration. */
	boolean requestFiling(String userKey, String reference) {
		Optional<StoredDeclaration> owned = owned(userKey, reference).filter(d -> !d.withdrawn());
		owned.ifPresent(d -> declarations.markFilingRequested(reference, clock.instant()));
		return owned.isPresent();
	}

	/** A declaration without free text, for IAO cards and the filing job. */
	public Optional<DeclarationSummary> summary(String reference) {
		return declarations.find(reference).map(StoredDeclaration::summary);
	}

	/**
	 * The user's open declaration (significant, not withdrawn, not yet transferred) that a filing most
	 * likely belongs to: the one they last pressed "file the messages" on, else the newest.
	 */
	public Optional<DeclarationSummary> latestOpenFor(String userKey) {
		return declarations.latestOpenFor(userKey).map(StoredDeclaration::summary);
	}

	/**
	 * Links a filing to the declaration and stops its reminders.
	 *
	 * @return false when the reference is unknown or a filing was linked already (the first link stays)
	 */
	public boolean markTransferred(String reference, String transferId) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			boolean linked = declarations.markTransferred(reference, transferId, clock.instant());
			if (linked) {
				reminders.stop(reference);
			}
			return linked;
		}));
	}

	/** The configured business areas, key to label. */
	public Map<String, String> businessAreas() {
		return Map.copyOf(properties.businessAreas());
	}

	/**
	 * Writes the register for one business area as CSV: every declaration whose messages fall at least
	 * partly within {@code from}..{@code to}, with its current values. Cells are quoted and protected
	 * against spreadsheet formula injection.
	 *
	 * @throws IOException when the writer fails
	 */
	public void exportCsv(String areaKey, LocalDate from, LocalDate to, Writer out) throws IOException {
		new DeclarationCsv(out).write(writer -> declarations.forArea(areaKey, from, to, writer));
	}

	private Outcome once(String submissionId, Supplier<Outcome> work) {
		Optional<DeclarationRepository.Submission> earlier = declarations.findSubmission(submissionId);
		if (earlier.isPresent()) {
			return new Outcome(earlier.get().reference(), earlier.get().version(), true, null);
		}
		try {
			return work.get();
		} catch (DuplicateKeyException sameCardTwice) {
			// Two clicks of one card raced; the other one stored it.
			return declarations.findSubmission(submissionId)
					.map(s -> new Outcome(s.reference(), s.version(), true, null)).orElseThrow(() -> sameCardTwice);
		}
	}
}
