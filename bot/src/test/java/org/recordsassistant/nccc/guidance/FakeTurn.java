package org.recordsassistant.nccc.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.recordsassistant.nccc.teams.spi.Turn;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** A turn that records what the handler sent, for tests without the Bot Framework. */
final class FakeTurn implements Turn {
	static final Sender SENDER = new Sender("29:test-user", "aad-test-user", "Priya Shah", "tenant", "en-GB");

	final List<String> texts = new ArrayList<>();
	final List<ObjectNode> cards = new ArrayList<>();
	private final String text;
	private final Sender sender;

	FakeTurn(String text) {
		this(text, SENDER);
	}

	FakeTurn(String text, Sender sender) {
		this.text = text;
		this.sender = sender;
	}

	@Override
	public Sender sender() {
		return sender;
	}

	@Override
	public String text() {
		return text;
	}

	@Override
	public String conversationId() {
		return "conversation-1";
	}

	@Override
	public CompletableFuture<String> sendText(String message) {
		texts.add(message);
		return completedFuture("activity-" + (texts.size() + cards.size()));
	}

	@Override
	public CompletableFuture<String> sendCard(ObjectNode card) {
		cards.add(card);
		return completedFuture("activity-" + (texts.size() + cards.size()));
	}

	@Override
	public CompletableFuture<String> sendSuggestions(String message, List<String> suggestions) {
		return sendText(message);
	}

	@Override
	public CompletableFuture<Void> updateCard(String activityId, ObjectNode card) {
		cards.add(card);
		return completedFuture(null);
	}

	@Override
	public TurnContext context() {
		throw new UnsupportedOperationException("the guidance handler needs no Bot Framework context");
	}

	ObjectNode onlyCard() {
		if (cards.size() != 1 || !texts.isEmpty()) {
			throw new AssertionError("expected exactly one card, got " + cards.size() + " cards and texts " + texts);
		}
		return cards.get(0);
	}

	/** The card element with this id, searched through the body and nested action sets. */
	static JsonNode element(ObjectNode card, String id) {
		List<JsonNode> found = card.findParents("id").stream().filter(node -> id.equals(node.path("id").asText()))
				.map(JsonNode.class::cast).toList();
		if (found.isEmpty()) {
			throw new AssertionError("no element with id " + id + " in " + card.toPrettyString());
		}
		return found.get(0);
	}
}
