package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationTicket;
import org.recordsassistant.nccc.guidance.GuidanceStore.TeamAnswer;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.recordsassistant.nccc.guidance.RecordsTeamCards.ADD_TO_KB;
import static org.recordsassistant.nccc.guidance.RecordsTeamCards.REFERENCE;
import static org.recordsassistant.nccc.guidance.RecordsTeamCards.REPLY_TEXT;

/**
 * The records team answering an escalation on its card ({@code guidance.reply}): relays the answer to
 * the asker, records who answered and when, optionally keeps it as a knowledge-base suggestion, and
 * replaces the card with "Answered by X at T". The answer is recorded before it is relayed, so a second
 * click finds it answered and relays nothing; a failed relay withdraws it so it can be sent again.
 * Logs carry the reference only, never the question or the answer.
 */
final class RecordsTeamReplies implements TurnHandler {
	private static final Logger log = LoggerFactory.getLogger(RecordsTeamReplies.class);
	static final String NOT_A_MEMBER = "Only the records team can answer questions passed on to them. If you "
			+ "should be able to, ask the records team to add you to the assistant's settings.";
	static final String EMPTY_REPLY = "Type your answer in the box before pressing Send answer.";
	static final String UNKNOWN = "I can't find the question this card is about. Its details may have been "
			+ "removed after the retention period.";
	static final String NOT_DELIVERED = "I couldn't send your answer to them, so the question is still open. "
			+ "Please try again later, or contact them directly and quote reference %s.";
	private static final String UNNAMED = "a records team member";

	private final GuidanceStore store;
	private final AskerRelay relay;
	private final Set<String> members;
	private final Clock clock;

	/** @param members user keys (Entra object ids) allowed to answer; blanks are ignored */
	RecordsTeamReplies(GuidanceStore store, AskerRelay relay, Collection<String> members, Clock clock) {
		this.store = store;
		this.relay = relay;
		this.members = members.stream().filter(key -> key != null && !key.isBlank()).map(String::strip)
				.collect(Collectors.toUnmodifiableSet());
		this.clock = clock;
	}

	@Override
	public Set<String> verbs() {
		return Set.of(RecordsTeamCards.VERB_REPLY);
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		if (!members.contains(turn.sender().userKey())) {
			log.info("Guidance reply refused: sender is not a records-team member");
			return completedFuture(CardActionResult.message(NOT_A_MEMBER));
		}
		String reference = action.text(REFERENCE);
		Optional<EscalationTicket> ticket = reference == null ? Optional.empty() : store.findEscalation(reference);
		if (ticket.isEmpty()) {
			return completedFuture(CardActionResult.message(UNKNOWN));
		}
		if (ticket.get().answered()) {
			log.info("Guidance reply ignored: reference={} already answered", reference);
			return completedFuture(CardActionResult.replaceCard(RecordsTeamCards.answered(ticket.get())));
		}
		String reply = replyText(action);
		if (reply.isEmpty()) {
			return completedFuture(CardActionResult.message(EMPTY_REPLY));
		}
		boolean suggest = suggested(action);
		Sender sender = turn.sender();
		TeamAnswer answer = new TeamAnswer(reference, reply, sender.userKey(),
				sender.name() == null || sender.name().isBlank() ? UNNAMED : sender.name(), clock.instant());
		boolean recorded = store.recordAnswer(answer, suggest);
		EscalationTicket current = store.findEscalation(reference).orElseThrow();
		if (!recorded) {
			log.info("Guidance reply ignored: reference={} answered by someone else first", reference);
			return completedFuture(CardActionResult.replaceCard(RecordsTeamCards.answered(current)));
		}
		// Composed, so a relay that throws before returning a future is withdrawn like one that fails later.
		return completedFuture(current).thenCompose(ticketToSend -> relay.relay(ticketToSend.userKey(),
				RecordsTeamCards.relayed(ticketToSend)))
				.handle((delivered, error) -> afterRelay(current, suggest, error == null && Boolean.TRUE.equals(delivered)));
	}

	private CardActionResult afterRelay(EscalationTicket answered, boolean suggest, boolean delivered) {
		if (!delivered) {
			store.withdrawAnswer(answered.reference());
			log.warn("Guidance escalation answer not delivered: reference={}", answered.reference());
			return CardActionResult.message(NOT_DELIVERED.formatted(answered.reference()));
		}
		log.info("Guidance escalation answered: reference={} suggestedForKnowledgeBase={}", answered.reference(), suggest);
		return CardActionResult.replaceCard(RecordsTeamCards.answered(answered));
	}

	private static String replyText(CardAction action) {
		String reply = action.text(REPLY_TEXT);
		if (reply == null) {
			return "";
		}
		String stripped = reply.strip();
		return stripped.length() > RecordsTeamCards.MAX_REPLY_CHARS
				? stripped.substring(0, RecordsTeamCards.MAX_REPLY_CHARS) : stripped;
	}

	/** Toggles arrive as the text "true"/"false"; accept a JSON boolean from other clients too. */
	private static boolean suggested(CardAction action) {
		JsonNode value = action.data().get(ADD_TO_KB);
		return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
	}
}
