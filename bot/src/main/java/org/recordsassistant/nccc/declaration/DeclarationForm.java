package org.recordsassistant.nccc.declaration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A validated declaration: option keys, dates and the declarant's free text (never logged). */
record DeclarationForm(String channel, String channelOther, String account, String device, LocalDate dateFrom,
		LocalDate dateTo, String counterparties, boolean external, String businessArea, String subject,
		String significant, String classification, String personalData, String reason, boolean disappearing,
		String transferred, boolean holds) {

	/** Only logistical messages may stay where they are; anything significant must reach a corporate system. */
	boolean transferNeeded() {
		return !Field.LOGISTICAL.equals(significant);
	}

	/** Significant content not (fully) in a corporate system yet: the declarant gets reminders. */
	boolean awaitsTransfer() {
		return transferNeeded() && (Field.NOT_YET.equals(transferred) || Field.PARTLY.equals(transferred));
	}

	boolean personalDataInvolved() {
		return !Field.NONE.equals(personalData);
	}

	DeclarationForm withTransferred(String newTransferred) {
		return new DeclarationForm(channel, channelOther, account, device, dateFrom, dateTo, counterparties, external,
				businessArea, subject, significant, classification, personalData, reason, disappearing, newTransferred,
				holds);
	}

	/** The values as the card sends them, for pre-filling a card or a dialog. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, Field.CHANNEL, channel);
		put(values, Field.CHANNEL_OTHER, channelOther);
		put(values, Field.ACCOUNT, account);
		put(values, Field.DEVICE, device);
		put(values, Field.DATE_FROM, dateFrom.toString());
		put(values, Field.DATE_TO, dateTo.toString());
		put(values, Field.COUNTERPARTIES, counterparties);
		put(values, Field.EXTERNAL, String.valueOf(external));
		put(values, Field.BUSINESS_AREA, businessArea);
		put(values, Field.SUBJECT, subject);
		put(values, Field.SIGNIFICANT, significant);
		put(values, Field.CLASSIFICATION, classification);
		put(values, Field.PERSONAL_DATA, personalData);
		put(values, Field.REASON, reason);
		put(values, Field.DISAPPEARING, String.valueOf(disappearing));
		put(values, Field.TRANSFERRED, transferred);
		put(values, Field.HOLDS, String.valueOf(holds));
		return values;
	}

	private static void put(Map<String, String> values, Field field, String value) {
		if (value != null) {
			values.put(field.id, value);
		}
	}
}
