package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports that SECRET-or-above material went over a non-corporate channel. The bot must not take such
 * content in, so a report keeps only the fact, the reporter and the business area (to tell its IAO).
 */
final class SecretReports {
	private final DeclarationRepository declarations;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SecretReports(DeclarationRepository declarations, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.declarations = declarations;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** Stores the report once per card or dialog ({@code submissionId}) and returns its id. */
	String report(Declarant reporter, String businessArea, String submissionId) {
		Optional<String> existing = declarations.findSecretReport(submissionId);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			return transaction.execute(status -> {
				String reportId = UUID.randomUUID().toString();
				declarations.insertSecretReport(reportId, submissionId, reporter, businessArea, clock.instant());
				events.publishEvent(new SecretMaterialReported(reportId, businessArea, reporter.userKey()));
				return reportId;
			});
		} catch (DuplicateKeyException sameCardTwice) {
			return declarations.findSecretReport(submissionId).orElseThrow(() -> sameCardTwice);
		}
	}
}
