package org.recordsassistant.nccc.guidance;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.recordsassistant.nccc.guidance.GuidanceReport.Digest;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code guidance digest}: shows the knowledge base's content owners what staff asked that it could not
 * answer, which answers they rated not helpful and what the records team suggested adding. Only for the
 * users in {@code nccc.guidance.content-owners}, since the card shows other people's questions.
 */
final class GuidanceDigest implements TurnHandler {
	private static final Logger log = LoggerFactory.getLogger(GuidanceDigest.class);
	static final String COMMAND = "guidance digest";
	static final String NOT_AN_OWNER = "Sorry, the guidance digest is only for the knowledge base's content owners, "
			+ "because it shows other people's questions. If you look after the guidance, ask for your Entra object "
			+ "id to be added to the content owners in the assistant's settings.";

	private final GuidanceReport report;
	private final Set<String> contentOwners;
	private final int size;
	private final Duration retention;

	GuidanceDigest(GuidanceReport report, Collection<String> contentOwners, int size, Duration retention) {
		this.report = report;
		this.contentOwners = contentOwners.stream().filter(key -> key != null && !key.isBlank()).map(String::strip)
				.collect(Collectors.toUnmodifiableSet());
		this.size = size;
		this.retention = retention;
	}

	@Override
	public Set<String> commands() {
		return Set.of(COMMAND);
	}

	@Override
	public CompletableFuture<Void> onCommand(Turn turn, String command) {
		if (!contentOwners.contains(turn.sender().userKey())) {
			log.info("Guidance digest refused: sender is not a content owner");
			return turn.sendText(NOT_AN_OWNER).thenApply(id -> null);
		}
		Digest digest = report.digest(size);
		log.info("Guidance digest sent: unanswered={} notHelpful={} openEscalations={} suggestions={}",
				digest.unanswered(), digest.notHelpfulRatings(), digest.openEscalations(), digest.suggestions());
		return turn.sendCard(DigestCards.digest(digest, retention)).thenApply(id -> null);
	}
}
