package org.recordsassistant.nccc.guidance;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.FreeTextHandler;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.springframework.stereotype.Component;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** Routes guidance questions and answer feedback; answers are not in this build yet. */
@Component
class GuidanceTurnHandler implements TurnHandler, FreeTextHandler {
	static final Set<String> VERBS = Set.of("answer.helpful", "answer.unhelpful", "answer.escalate");

	@Override
	public Set<String> verbs() {
		return VERBS;
	}

	@Override
	public CompletableFuture<Void> onText(Turn turn, String text) {
		return turn.sendText("Answers to questions on the guidance are coming soon to this assistant. Until then, "
				+ "your department's NCCC guidance page and the records team can help. Type **help** to see what "
				+ "else I can do.").thenApply(id -> null);
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return completedFuture(CardActionResult.message("Thanks. Feedback on answers is coming soon."));
	}
}
