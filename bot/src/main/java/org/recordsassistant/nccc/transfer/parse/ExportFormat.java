package org.recordsassistant.nccc.transfer.parse;

/** Which WhatsApp line shape a chat export uses, named as in the normalised JSON. */
public enum ExportFormat {
	/** {@code [date, time] Name: text}, written by iPhones (also the older bracket-less {@code date time: Name: text}). */
	WHATSAPP_IOS("whatsapp-ios"),
	/** {@code date, time - Name: text}, written by Android phones. */
	WHATSAPP_ANDROID("whatsapp-android");

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
