package org.recordsassistant.nccc.declaration;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.springframework.stereotype.Component;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** Owns the declaration commands and card verbs; the declaration flow is not in this build yet. */
@Component
class DeclarationTurnHandler implements TurnHandler {
	static final String DECLARE = "declare";
	static final String MY_DECLARATIONS = "my declarations";
	private static final String COMING_SOON = "Declaring NCCC use in this chat is coming soon. Until then, tell "
			+ "your records team what you used, when, with whom and why, and keep the messages: significant "
			+ "information must be captured in a corporate system.";

	@Override
	public Set<String> commands() {
		return Set.of(DECLARE, MY_DECLARATIONS);
	}

	@Override
	public Set<String> verbs() {
		return Set.of("declaration.submit", "declaration.amend", "declaration.withdraw");
	}

	@Override
	public CompletableFuture<Void> onCommand(Turn turn, String command) {
		String message = MY_DECLARATIONS.equals(command)
				? "Your register of declarations is coming soon. " + COMING_SOON : COMING_SOON;
		return turn.sendText(message).thenApply(id -> null);
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return completedFuture(CardActionResult.message(COMING_SOON));
	}
}
