package org.recordsassistant.nccc.declaration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A declaration without its free text (no subject, counterparties or reason): what an IAO card or the
 * filing job needs. Option values are the contract's keys.
 */
public record DeclarationSummary(String reference, String declarantUserKey, String declarantName, String businessArea,
		String channel, LocalDate dateFrom, LocalDate dateTo, String significant, String classification,
		String personalData, boolean external, boolean disappearing, boolean holds, String transferred,
		DeclarationStatus status, int version, Instant submittedAt, String transferId) {

	public boolean personalDataInvolved() {
		return !Field.NONE.equals(personalData);
	}
}
