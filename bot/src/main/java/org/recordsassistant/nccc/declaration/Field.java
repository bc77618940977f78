package org.recordsassistant.nccc.declaration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The declaration card's inputs (ids and option keys fixed by the conversation contract), each with its
 * label, limits and a short help text in our own words from the guidance. Business area options come
 * from configuration, so they are not listed here.
 */
enum Field {
	CHANNEL("channel", "Channel", Kind.CHOICE, true, 30, "The app or service you used instead of a corporate one.",
			options("whatsapp", "WhatsApp", "signal", "Signal", "sms", "SMS / text message", "imessage", "iMessage",
					"private-email", "Private email", "social-dm", "Social media direct message", "other", "Other")),
	CHANNEL_OTHER("channelOther", "Other channel", Kind.TEXT, false, 100,
			"Only when you chose Other: name the service, for example Telegram.", Map.of()),
	ACCOUNT("account", "Account used", Kind.CHOICE, true, 20,
			"A personal account is the riskiest case: the messages sit outside government control.",
			options("work", "Work account", "personal", "Personal account")),
	DEVICE("device", "Device", Kind.CHOICE, true, 20,
			"Significant information on your own device is for exceptional circumstances only.",
			options("corporate", "Work-issued device", "personal", "My own device")),
	DATE_FROM("dateFrom", "Date from", Kind.DATE, true, 10, "Date of the first message (yyyy-mm-dd).", Map.of()),
	DATE_TO("dateTo", "Date to", Kind.DATE, true, 10,
			"Date of the last message; not in the future. Used for retention and searches.", Map.of()),
	COUNTERPARTIES("counterparties", "Who was involved", Kind.TEXT, true, 500,
			"Names or roles, and the group name for a group chat. Searches for FOI requests rely on this.", Map.of()),
	EXTERNAL("external", "Someone outside government was involved", Kind.TOGGLE, false, 5,
			"For example a supplier, stakeholder or journalist.", Map.of()),
	BUSINESS_AREA("businessArea", "Business area", Kind.CHOICE, true, 100,
			"Decides which Information Asset Owner reviews this declaration.", Map.of()),
	SUBJECT("subject", "Subject", Kind.TEXT, true, 200,
			"A short description of the business discussed, not the messages themselves.", Map.of()),
	SIGNIFICANT("significant", "What kind of information", Kind.CHOICE, true, 20,
			"Decisions, advice and substantive discussion must be kept in a corporate system; purely logistical "
					+ "messages need not be.",
			options("decision", "A decision", "advice", "Advice", "discussion", "Substantive discussion", "logistical",
					"Logistical only (times, places)")),
	CLASSIFICATION("classification", "Highest classification", Kind.CHOICE, true, 30,
			"SECRET or above must never go over a non-corporate channel. Choosing it stops this form: I will take "
					+ "no details and tell you who to contact.",
			options("official", "OFFICIAL", "official-sensitive", "OFFICIAL-SENSITIVE", "secret-or-above",
					"I think it may be SECRET or above")),
	PERSONAL_DATA("personalData", "Personal data", Kind.CHOICE, true, 30,
			"Personal data is flagged to your IAO, who may involve the data protection officer.",
			options("none", "None", "personal", "Personal data", "special-category",
					"Special category data (health, ethnicity and similar)")),
	REASON("reason", "Why a corporate channel was not used", Kind.TEXT, false, 2000,
			"For example a system outage, travelling, or the other party only uses that app. Required for "
					+ "significant information on your own device.", Map.of()),
	DISAPPEARING("disappearing", "Disappearing messages were on", Kind.TOGGLE, false, 5,
			"If messages delete themselves, capture the content now, before it vanishes.", Map.of()),
	TRANSFERRED("transferred", "Moved to a corporate system", Kind.CHOICE, true, 20,
			"Significant messages must end up in a corporate system: export, forward, screenshot or a note of "
					+ "the substance.",
			options("yes", "Yes", "not-yet", "Not yet", "partly", "Partly")),
	HOLDS("holds", "Related to an FOI request, SAR, inquiry or litigation", Kind.TOGGLE, false, 5,
			"If so, do not delete anything: destroying requested information can be an offence.", Map.of());

	enum Kind {
		CHOICE, TEXT, DATE, TOGGLE
	}

	static final String OTHER = "other";
	static final String PERSONAL = "personal";
	static final String LOGISTICAL = "logistical";
	static final String SECRET = "secret-or-above";
	static final String NONE = "none";
	static final String OFFICIAL = "official";
	static final String YES = "yes";
	static final String NOT_YET = "not-yet";
	static final String PARTLY = "partly";
	static final String TRUE = "true";
	static final String FALSE = "false";

	final String id;
	final String label;
	final Kind kind;
	/** Always required; {@code channelOther} and {@code reason} are required only in some cases. */
	final boolean required;
	final int maxLength;
	final String help;
	private final Map<String, String> options;

	Field(String id, String label, Kind kind, boolean required, int maxLength, String help, Map<String, String> options) {
		this.id = id;
		this.label = label;
		this.kind = kind;
		this.required = required;
		this.maxLength = maxLength;
		this.help = help;
		this.options = options;
	}

	/** Option key to label; for the business area, the configured areas. */
	Map<String, String> options(Map<String, String> businessAreas) {
		return this == BUSINESS_AREA ? businessAreas : options;
	}

	static Field byId(String id) {
		for (Field field : values()) {
			if (field.id.equals(id)) {
				return field;
			}
		}
		return null;
	}

	private static Map<String, String> options(String... keysAndLabels) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndLabels.length; i += 2) {
			options.put(keysAndLabels[i], keysAndLabels[i + 1]);
		}
		return options;
	}
}
