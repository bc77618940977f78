package org.recordsassistant.nccc.guidance;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.ProactiveMessenger;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** Sends the records team's answer to the person who asked, in their own chat with the bot. */
interface AskerRelay {

	/**
	 * @return completes with true when sent, false when the asker has no conversation the bot can write to;
	 *         fails when sending failed
	 */
	CompletableFuture<Boolean> relay(String askerKey, ObjectNode card);

	/** Through the conversation reference stored when the asker installed the app or first wrote. */
	static AskerRelay proactive(ProactiveMessenger messenger) {
		return (askerKey, card) -> messenger.canReach(askerKey)
				? messenger.sendCard(askerKey, card).thenApply(id -> true)
				: completedFuture(false);
	}
}
