package org.recordsassistant.nccc.teams.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A card button press.
 *
 * @param verb the action verb, never null
 * @param data the card's data merged with the user's inputs; an empty object when there were none
 * @param universal true for {@code Action.Execute} (an invoke), false for {@code Action.Submit} (a message)
 * @param cardActivityId the id of the message holding the card, when the channel sent it
 */
public record CardAction(String verb, ObjectNode data, boolean universal, String cardActivityId) {

	/** A text input's value, or null when it is missing or not text. */
	public String text(String inputId) {
		JsonNode value = data.get(inputId);
		return value != null && value.isTextual() ? value.asText() : null;
	}
}
