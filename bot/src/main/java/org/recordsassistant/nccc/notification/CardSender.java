package org.recordsassistant.nccc.notification;

import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Puts a card in someone's 1:1 chat with the bot, once; the outbox decides about retries. */
interface CardSender {

	/**
	 * @return where the card went
	 * @throws Failure when it did not go
	 */
	Sent send(String userKey, ObjectNode card);

	/**
	 * @param conversationKey the chat's conversation id, when known
	 * @param activityId the card message's id, to update it in place later
	 */
	record Sent(String conversationKey, String activityId) {
	}

	/** Why a card did not go, and whether waiting would help. */
	enum Reason {
		/** The bot has no chat with this person (and could not open one). */
		NO_CONVERSATION,
		/** Teams refused for good: blocked, uninstalled, conversation gone (403, 404, other 4xx). */
		REFUSED,
		/** Throttled (429): try this conversation again after {@code retryAfter}. */
		THROTTLED,
		/** No answer or a server error: try again later. */
		UNAVAILABLE
	}

	final class Failure extends RuntimeException {
		private final Reason reason;
		private final int status;
		private final Duration retryAfter;

		Failure(Reason reason, int status, Duration retryAfter) {
			super(reason + (status > 0 ? " (HTTP " + status + ")" : ""));
			this.reason = reason;
			this.status = status;
			this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
		}

		Reason reason() {
			return reason;
		}

		int status() {
			return status;
		}

		Duration retryAfter() {
			return retryAfter;
		}

		/** Waiting will not help: go by email instead. */
		boolean permanent() {
			return reason == Reason.NO_CONVERSATION || reason == Reason.REFUSED;
		}
	}
}
