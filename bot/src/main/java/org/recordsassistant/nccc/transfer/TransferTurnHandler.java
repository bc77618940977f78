package org.recordsassistant.nccc.transfer;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.FileHandler;
import org.recordsassistant.nccc.teams.spi.IncomingFile;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.springframework.stereotype.Component;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** Owns the {@code file} command, the transfer verbs and incoming files; filing is not in this build yet. */
@Component
class TransferTurnHandler implements TurnHandler, FileHandler {
	static final String FILE = "file";
	private static final String COMING_SOON = "Filing chats through this assistant is coming soon. Until then, "
			+ "export the chat (WhatsApp: open the chat, then Export chat) and send it to your records team. Keep "
			+ "the export until they confirm it is filed.";

	@Override
	public Set<String> commands() {
		return Set.of(FILE);
	}

	@Override
	public Set<String> verbs() {
		return Set.of("transfer.confirm", "transfer.cancel");
	}

	@Override
	public CompletableFuture<Void> onCommand(Turn turn, String command) {
		return turn.sendText(COMING_SOON).thenApply(id -> null);
	}

	@Override
	public CompletableFuture<Void> onFiles(Turn turn, List<IncomingFile> files) {
		return turn.sendText("I received " + files.size() + (files.size() == 1 ? " file" : " files") + ". "
				+ COMING_SOON + " Nothing has been filed or kept.").thenApply(id -> null);
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return completedFuture(CardActionResult.message(COMING_SOON));
	}
}
