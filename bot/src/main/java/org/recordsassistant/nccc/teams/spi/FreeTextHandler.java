package org.recordsassistant.nccc.teams.spi;

import java.util.concurrent.CompletableFuture;

/** Answers text that is neither a command nor taken by an open dialog (the guidance questions). */
public interface FreeTextHandler {
	CompletableFuture<Void> onText(Turn turn, String text);
}
