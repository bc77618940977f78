package org.recordsassistant.nccc.teams;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
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
	private final NcccAdapter singleAttempt;
	private final ConversationReferences references;
	private final TeamsProperties teams;
	private final InboundPolicy policy;

	ProactiveMessenger(NcccAdapter adapter, ConversationReferences references, TeamsProperties teams,
			InboundPolicy policy) {
		this.adapter = adapter;
		this.singleAttempt = adapter.singleAttempt();
		this.references = references;
		this.teams = teams;
		this.policy = policy;
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

	/**
	 * Sends a card with a single HTTP attempt, for an outbox that owns its retries: a 429 or 5xx fails the
	 * future at once with {@link SendFailedException} (status and {@code Retry-After}) instead of waiting inside
	 * the call, so the caller can reschedule this conversation and carry on with others. Fails with
	 * {@link NoConversationException} when the user never talked to the bot.
	 */
	public CompletableFuture<SentCard> sendCardOnce(String userKey, ObjectNode card) {
		return translated(inConversation(singleAttempt, userKey, context -> context
				.sendActivity(MessageFactory.attachment(TeamsTurn.cardAttachment(card)))
				.thenApply(response -> new SentCard(context.getActivity().getConversation().getId(),
						response != null ? response.getId() : null))));
	}

	/**
	 * A card sent by {@link #sendCardOnce}.
	 *
	 * @param conversationId the chat it went to
	 * @param activityId the new message's id (keep it to update the card later), or null if the connector gave none
	 */
	public record SentCard(String conversationId, String activityId) {
	}

	/**
	 * Opens the 1:1 conversation with someone who never wrote to the bot (tech-notes §4: tenant id plus Entra
	 * object id) and stores it, so later sends reach them. The app must already be installed for them: when it
	 * is not, the connector refuses and the future fails with {@link SendFailedException} (usually 403).
	 *
	 * @param serviceUrl the Teams service URL of our tenant's region, e.g. {@code https://smba.trafficmanager.net/uk/}
	 * @throws IllegalArgumentException when the service URL is not an allowed Bot Framework host
	 */
	public CompletableFuture<Void> openConversation(String aadObjectId, String serviceUrl) {
		if (!policy.serviceUrlAllowed(serviceUrl)) {
			throw new IllegalArgumentException("The service URL for new conversations is not an allowed Teams host");
		}
		String tenantId = teams.tenantId().isBlank() ? null : teams.tenantId();
		ChannelAccount member = new ChannelAccount(aadObjectId);
		member.setAadObjectId(aadObjectId);
		ConversationParameters parameters = new ConversationParameters();
		parameters.setIsGroup(false);
		parameters.setBot(new ChannelAccount("28:" + teams.appId()));
		parameters.setMembers(List.of(member));
		if (tenantId != null) {
			parameters.setTenantId(tenantId);
			// A JSON node, not a map: the SDK cannot send JDK collections nested in a payload (tech-notes §2.2).
			ObjectNode channelData = JsonNodeFactory.instance.objectNode();
			channelData.putObject("tenant").put("id", tenantId);
			parameters.setChannelData(channelData);
		}
		CompletableFuture<Void> opened = adapter.buildAppCredentials(teams.appId(), null)
				.thenCompose(credentials -> adapter.createConversation(Channels.MSTEAMS, serviceUrl,
						(MicrosoftAppCredentials) credentials, parameters, context -> {
							ConversationReference reference = context.getActivity().getConversationReference();
							reference.setUser(member);
							references.store(aadObjectId, tenantId, reference);
							return CompletableFuture.completedFuture(null);
						}));
		return translated(opened);
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
		return inConversation(adapter, userKey, work);
	}

	private <T> CompletableFuture<T> inConversation(NcccAdapter through, String userKey,
			Function<TurnContext, CompletableFuture<T>> work) {
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
			done = through.continueConversation(new ClaimsIdentity("anonymous", claims), reference,
					context -> work.apply(context).thenAccept(result::set));
		} else {
			done = through.continueConversation(teams.appId(), reference,
					context -> work.apply(context).thenAccept(result::set));
		}
		return done.thenApply(v -> result.get());
	}

	/** Turns the SDK's HTTP errors into {@link SendFailedException}; other failures pass unchanged. */
	private static <T> CompletableFuture<T> translated(CompletableFuture<T> future) {
		return future.exceptionallyCompose(error -> {
			Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
			while (cause instanceof CompletionException && cause.getCause() != null) {
				cause = cause.getCause();
			}
			if (cause instanceof RestException rest && rest.response() != null) {
				String retryAfter = rest.response().headers().get("Retry-After");
				return CompletableFuture.failedFuture(new SendFailedException(rest.response().code(),
						Duration.ofMillis(ConnectorRetryStrategy.retryAfterMillis(retryAfter))));
			}
			if (cause instanceof java.io.IOException || cause instanceof java.io.UncheckedIOException) {
				return CompletableFuture.failedFuture(new SendFailedException(0, Duration.ZERO));
			}
			return CompletableFuture.failedFuture(cause);
		});
	}

	/**
	 * The Bot Connector refused or did not answer.
	 *
	 * @see #status()
	 */
	public static final class SendFailedException extends RuntimeException {
		private final int status;
		private final Duration retryAfter;

		public SendFailedException(int status, Duration retryAfter) {
			super(status == 0 ? "The Bot Connector could not be reached" : "The Bot Connector answered HTTP " + status);
			this.status = status;
			this.retryAfter = retryAfter;
		}

		/** The HTTP status, or 0 when there was no answer (connection refused, timeout). */
		public int status() {
			return status;
		}

		/** What {@code Retry-After} asked for; zero when absent. */
		public Duration retryAfter() {
			return retryAfter;
		}

		/**
		 * Worth trying again later: no answer, a timeout (408), a conflict the connector asks us to retry (412),
		 * throttling (429) or a server error. Anything else (403 blocked or not installed, 404 gone, 400) will
		 * not get better by waiting.
		 */
		public boolean retryable() {
			return status == 0 || status == 408 || status == 412 || status == 429 || status >= 500;
		}
	}

	/** The user has never talked to the bot, so there is no conversation to write to. */
	public static final class NoConversationException extends RuntimeException {
		public NoConversationException() {
			super("No stored conversation for this user");
		}
	}
}
