package org.recordsassistant.nccc.declaration;

/**
 * A declaration was submitted. Ids and flags only: look details up with
 * {@link DeclarationService#summary(String)}.
 *
 * @param reference {@code NCCC-<year>-<6 digits>}
 * @param businessArea the configured business area key, for IAO routing
 * @param declarantUserKey the declarant's user key (Entra object id in Teams)
 * @param transferNeeded significant information that must reach a corporate system
 * @param awaitingTransfer significant information not (fully) transferred yet
 * @param personalData personal or special category data involved: flag it to the IAO
 * @param disappearing disappearing messages were on
 * @param holds related to an open FOI request, SAR, inquiry or litigation
 */
public record DeclarationSubmitted(String reference, String businessArea, String declarantUserKey,
		boolean transferNeeded, boolean awaitingTransfer, boolean personalData, boolean disappearing, boolean holds) {
}
