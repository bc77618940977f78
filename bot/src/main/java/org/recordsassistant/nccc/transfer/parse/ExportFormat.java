package org.recordsassistant.nccc.transfer.parse;

/** Which WhatsApp line shape a chat export uses, or which other source it came from, named as in the normalised JSON. */
public enum ExportFormat {
	/** {@code [date, time] Name: text}, written by iPhones (also the older bracket-less {@code date time: Name: text}). */
	WHATSAPP_IOS("whatsapp-ios"),
	/** {@code date, time - Name: text}, written by Android phones. */
	WHATSAPP_ANDROID("whatsapp-android"),
	/** An email message ({@code .eml}), one message per email. */
	EMAIL("email"),
	/** A note of substance typed into the bot when no export was possible; one message of kind NOTE. */
	NOTE("note");

	private final String id;

	ExportFormat(String id) {
		this.id = id;
	}

	/** The identifier used in JSON. */
	public String id() {
		return id;
	}

	/** The format with the given JSON identifier. */
	public static ExportFormat fromId(String id) {
		for (ExportFormat format : values()) {
			if (format.id.equals(id)) {
				return format;
			}
		}
		throw new IllegalArgumentException("Unknown export format: " + id);
	}
}
