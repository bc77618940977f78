package org.recordsassistant.nccc.teams;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.TextFormatTypes;
import org.springframework.stereotype.Service;

/**
 * Sends to a user's stored 1:1 conversation outside a turn: IAO cards, reminders, relayed answers.
 * Delivery failures surface as failed futures so callers (an outbox, a listener) can retry.
 */
@Service
public class ProactiveMessenger {
	private final NcccAdapter adapter;
	private final ConversationReferences references;
	private final TeamsProperties teams;

	ProactiveMessenger(NcccAdapter adapter, ConversationReferences references, TeamsProperties teams) {
		this.adapter = adapter;
		this.references = references;
		this.teams = teams;
	}

	/** @return whether the bot can write to this user without creating a conversation */
	public boolean canReach(String userKey) {
		return references.find(userKey).isPresent();
	}

	/**
	 * Sends a card; completes with the new message id (keep it to update the card later).
	 * The future fails with {@link NoConversationException} when the user never talked to the bot.
	 */
	public CompletableFuture<String> sendCard(String userKey, ObjectNode card) {
		return inConversation(userKey, context -> context
				.sendActivity(MessageFactory.attachment(TeamsTurn.cardAttachment(card)))
				.thenApply(response -> response != null ? response.getId() : null));
	}

	public CompletableFuture<String> sendText(String userKey, String text) {
		Activity message = MessageFactory.text(text);
		message.setTextFormat(TextFormatTypes.MARKDOWN);
		return inConversation(userKey, context -> context.sendActivity(message)
				.thenApply(response -> response != null ? response.getId() : null));
	}

	/** Replaces a card sent earlier, for everyone who sees it. */
	public CompletableFuture<Void> updateCard(String userKey, String activityId, ObjectNode card) {
		Activity update = MessageFactory.attachment(TeamsTurn.cardAttachment(card));
		update.setId(activityId);
		update.setType(ActivityTypes.MESSAGE);
		return inConversation(userKey, context -> context.updateActivity(update).thenApply(r -> null));
	}

	private <T> CompletableFuture<T> inConversation(String userKey, Function<TurnContext, CompletableFuture<T>> work) {
		ConversationReference reference = references.find(userKey).orElse(null);
		if (reference == null) {
			return CompletableFuture.failedFuture(new NoConversationException());
		}
		AtomicReference<T> result = new AtomicReference<>();
		CompletableFuture<Void> done;
		if (teams.localMode()) {
			// continueConversation(appId, ...) refuses an empty app id; local mode has none.
			Map<String, String> claims = new HashMap<>();
			claims.put(AuthenticationConstants.AUDIENCE_CLAIM, "");
			done = adapter.continueConversation(new ClaimsIdentity("anonymous", claims), reference,
					context -> work.apply(context).thenAccept(result::set));
		} else {
			done = adapter.continueConversation(teams.appId(), reference,
					context -> work.apply(context).thenAccept(result::set));
		}
		return done.thenApply(v -> result.get());
	}

	/** The user has never talked to the bot, so there is no conversation to write to. */
	public static final class NoConversationException extends RuntimeException {
		public NoConversationException() {
			super("No stored conversation for this user");
		}
	}
}
