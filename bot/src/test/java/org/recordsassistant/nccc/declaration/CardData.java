package org.recordsassistant.nccc.declaration;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Declaration card data as Teams sends it: every input as text, plus the card's own data. */
final class CardData {
	private CardData() {
	}

	static LocalDate today() {
		return LocalDate.now(DeclarationValidator.LONDON);
	}

	/** A complete, valid declaration with a fresh card instance id. */
	static ObjectNode valid() {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.put("submissionId", UUID.randomUUID().toString());
		data.put("channel", "whatsapp");
		data.put("account", "personal");
		data.put("device", "personal");
		data.put("dateFrom", today().minusDays(2).toString());
		data.put("dateTo", today().toString());
		data.put("counterparties", "Harbour master; Ports team group");
		data.put("external", "true");
		data.put("businessArea", "ports-policy");
		data.put("subject", "Berth allocation for the ferry");
		data.put("significant", "decision");
		data.put("classification", "official");
		data.put("personalData", "none");
		data.put("reason", "Only WhatsApp worked at sea");
		data.put("disappearing", "false");
		data.put("transferred", "not-yet");
		data.put("holds", "false");
		return data;
	}
}
