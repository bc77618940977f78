package org.recordsassistant.nccc.teams.spi;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;

/** A feature's view of the current turn: who is talking, what they said, and how to answer. */
public interface Turn {

	Sender sender();

	/** The message text with any bot mention removed and whitespace trimmed; empty when there is none. */
	String text();

	String conversationId();

	/** Sends a text message (Teams markdown); completes with the new message id. */
	CompletableFuture<String> sendText(String text);

	/** Sends an Adaptive Card built with {@link Cards}; completes with the new message id. */
	CompletableFuture<String> sendCard(ObjectNode card);

	/** Sends a text with suggested replies the user can tap instead of typing. */
	CompletableFuture<String> sendSuggestions(String text, List<String> suggestions);

	/** Replaces a card the bot sent earlier in this conversation. */
	CompletableFuture<Void> updateCard(String activityId, ObjectNode card);

	/** The Bot Framework context, for dialogs and state accessors. */
	TurnContext context();
}
