package org.recordsassistant.nccc.declaration;

/** The declarant withdrew a declaration; it stays in the register, marked withdrawn. */
public record DeclarationWithdrawn(String reference, String businessArea, String declarantUserKey) {
}
