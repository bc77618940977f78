package org.recordsassistant.nccc.teams.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What becomes of the clicked card: replaced by a new card, left as it is, or answered with a short
 * message. For {@code Action.Execute} this is the invoke response; for {@code Action.Submit} the router
 * updates the card message itself.
 */
public final class CardActionResult {
	private final ObjectNode card;
	private final String message;

	private CardActionResult(ObjectNode card, String message) {
		this.card = card;
		this.message = message;
	}

	public static CardActionResult replaceCard(ObjectNode card) {
		return new CardActionResult(card, null);
	}

	public static CardActionResult message(String message) {
		return new CardActionResult(null, message);
	}

	public static CardActionResult unchanged() {
		return new CardActionResult(null, null);
	}

	public ObjectNode card() {
		return card;
	}

	public String message() {
		return message;
	}
}
