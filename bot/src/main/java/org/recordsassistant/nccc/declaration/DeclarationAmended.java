package org.recordsassistant.nccc.declaration;

/**
 * A declaration was amended: {@code version} is the new version number (2 for the first amendment).
 * Flags describe the new version; ids and flags only.
 */
public record DeclarationAmended(String reference, int version, String businessArea, String declarantUserKey,
		boolean transferNeeded, boolean awaitingTransfer, boolean personalData, boolean disappearing, boolean holds) {
}
