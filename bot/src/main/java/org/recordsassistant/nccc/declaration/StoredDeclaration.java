package org.recordsassistant.nccc.declaration;

import java.time.Instant;

/** A register row with its current version's values, as the repository reads it. */
record StoredDeclaration(String reference, String userKey, String declarantName, String status, int version,
		String transferId, Instant transferredAt, String withdrawnReason, Instant withdrawnAt, Instant submittedAt,
		Instant changedAt, DeclarationForm form) {
	static final String SUBMITTED = "submitted";
	static final String WITHDRAWN = "withdrawn";

	boolean withdrawn() {
		return WITHDRAWN.equals(status);
	}

	/** Transferred when the declarant says so or a filing was linked to it. */
	boolean transferred() {
		return transferId != null || Field.YES.equals(form.transferred());
	}

	DeclarationStatus displayStatus() {
		if (withdrawn()) {
			return DeclarationStatus.WITHDRAWN;
		}
		if (!form.transferNeeded()) {
			return DeclarationStatus.NO_TRANSFER_NEEDED;
		}
		return transferred() ? DeclarationStatus.TRANSFERRED : DeclarationStatus.TRANSFER_NEEDED;
	}

	DeclarationSummary summary() {
		return new DeclarationSummary(reference, userKey, declarantName, form.businessArea(), form.channel(),
				form.dateFrom(), form.dateTo(), form.significant(), form.classification(), form.personalData(),
				form.external(), form.disappearing(), form.holds(), form.transferred(), displayStatus(), version,
				submittedAt, transferId);
	}
}
