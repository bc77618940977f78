package org.recordsassistant.nccc.teams.spi;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Takes the files a user sends to the bot (the File job). */
public interface FileHandler {
	CompletableFuture<Void> onFiles(Turn turn, List<IncomingFile> files);
}
