package org.recordsassistant.nccc.teams.spi;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * A feature's entry point for commands, card verbs and its own multi-turn dialogs. The router
 * collects every bean and refuses to start when two handlers claim the same command or verb.
 */
public interface TurnHandler {

	/** Commands this handler owns, lower case, as typed: {@code "declare"}, {@code "my declarations"}. */
	default Set<String> commands() {
		return Set.of();
	}

	/** Card verbs this handler owns: {@code "declaration.submit"}. */
	default Set<String> verbs() {
		return Set.of();
	}

	/**
	 * Offered every text turn before commands are matched, so an open dialog can take the answer.
	 * @return true when this handler consumed the turn
	 */
	default CompletableFuture<Boolean> continueDialog(Turn turn) {
		return completedFuture(false);
	}

	/** Runs one of {@link #commands()}. */
	default CompletableFuture<Void> onCommand(Turn turn, String command) {
		return completedFuture(null);
	}

	/**
	 * Handles one of {@link #verbs()}, clicked as {@code Action.Execute} or {@code Action.Submit}.
	 * @return what should happen to the card that was clicked
	 */
	default CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return completedFuture(CardActionResult.unchanged());
	}
}
