package org.recordsassistant.nccc.notification;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.graphconnector.TeamsAppInstaller;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.teams.ProactiveMessenger.NoConversationException;
import org.recordsassistant.nccc.teams.ProactiveMessenger.SendFailedException;
import org.recordsassistant.nccc.teams.ProactiveMessenger.SentCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CardSender} over {@link ProactiveMessenger#sendCardOnce}: one attempt, so a 429 comes back to the
 * outbox at once. When the person has no chat with the bot and {@code nccc.notification.create-conversations}
 * is on, it opens one first (tech-notes §4); if the app is not installed for them, it installs it through
 * Graph when an installer is configured ({@code nccc.records.teams-app-id}), then tries once more.
 */
final class TeamsCardSender implements CardSender {
	private static final Logger log = LoggerFactory.getLogger(TeamsCardSender.class);

	private final ProactiveMessenger messenger;
	private final ConversationOpening opening;
	private final TeamsAppInstaller installer;
	private final Duration timeout;

	TeamsCardSender(ProactiveMessenger messenger, ConversationOpening opening,
			TeamsAppInstaller installer, Duration timeout) {
		this.messenger = messenger;
		this.opening = opening;
		this.installer = installer;
		this.timeout = timeout;
	}

	@Override
	public Sent send(String userKey, ObjectNode card) {
		SentCard sent;
		try {
			sent = await(messenger.sendCardOnce(userKey, card));
		} catch (Failure noChat) {
			if (noChat.reason() != Reason.NO_CONVERSATION || !opening.createConversations()) {
				throw noChat;
			}
			open(userKey);
			sent = await(messenger.sendCardOnce(userKey, card));
		}
		return new Sent(sent.conversationId(), sent.activityId());
	}

	private void open(String userKey) {
		try {
			await(opened(userKey));
			log.info("Opened a Teams chat with user {} for an IAO notice", userKey);
		} catch (Failure refused) {
			if (refused.reason() != Reason.REFUSED || !installer.installForUser(userKey)) {
				throw new Failure(Reason.NO_CONVERSATION, refused.status(), refused.retryAfter());
			}
			log.info("Installed the app for user {} to open a chat", userKey);
			if (!messenger.canReach(userKey)) {
				await(opened(userKey));
			}
		}
	}

	private CompletableFuture<Void> opened(String userKey) {
		try {
			return messenger.openConversation(userKey, opening.serviceUrl());
		} catch (IllegalArgumentException notAllowed) {
			// nccc.notification.service-url is not a Teams host: no chat can be opened, so email reaches them.
			return CompletableFuture.failedFuture(notAllowed);
		}
	}

	private <T> T await(CompletableFuture<T> future) {
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException e) {
			throw translate(e.getCause());
		} catch (TimeoutException e) {
			future.cancel(true);
			throw new Failure(Reason.UNAVAILABLE, 0, Duration.ZERO);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Failure(Reason.UNAVAILABLE, 0, Duration.ZERO);
		}
	}

	private static Failure translate(Throwable cause) {
		if (cause instanceof NoConversationException) {
			return new Failure(Reason.NO_CONVERSATION, 0, Duration.ZERO);
		}
		if (cause instanceof SendFailedException failed) {
			Reason reason = failed.status() == 429 ? Reason.THROTTLED
					: failed.retryable() ? Reason.UNAVAILABLE : Reason.REFUSED;
			return new Failure(reason, failed.status(), failed.retryAfter());
		}
		if (cause instanceof IllegalArgumentException) {
			// A configuration mistake (service URL not allowed): waiting will not fix it, email will reach them.
			return new Failure(Reason.NO_CONVERSATION, 0, Duration.ZERO);
		}
		return new Failure(Reason.UNAVAILABLE, 0, Duration.ZERO);
	}
}
