package org.recordsassistant.nccc.declaration;

/** Where a declaration stands, as the declarant and the IAO see it. */
public enum DeclarationStatus {
	TRANSFER_NEEDED("Transfer needed"),
	TRANSFERRED("Transferred"),
	NO_TRANSFER_NEEDED("No transfer needed"),
	WITHDRAWN("Withdrawn");

	private final String label;

	DeclarationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
