package org.recordsassistant.nccc.notification;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.springframework.stereotype.Component;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** Owns the {@code iao} command and the IAO card verbs; IAO notices are not in this build yet. */
@Component
class NotificationTurnHandler implements TurnHandler {
	static final String IAO = "iao";
	private static final String COMING_SOON = "The IAO overview is coming soon. Information Asset Owners (IAOs) are "
			+ "the senior people accountable for the information in a business area; here they will see, and "
			+ "acknowledge, what was declared and filed in their area.";

	@Override
	public Set<String> verbs() {
		return Set.of("iao.acknowledge", "iao.requestInfo");
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return completedFuture(CardActionResult.message(COMING_SOON));
	}
}
