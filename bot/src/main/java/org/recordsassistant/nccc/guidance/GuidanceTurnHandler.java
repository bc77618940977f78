package org.recordsassistant.nccc.guidance;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationStatus;
import org.recordsassistant.nccc.guidance.RecordsTeam.Escalation;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.FreeTextHandler;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.recordsassistant.nccc.guidance.AnswerCards.ENTRY_ID;
import static org.recordsassistant.nccc.guidance.AnswerCards.FROM;
import static org.recordsassistant.nccc.guidance.AnswerCards.FROM_CHOICE;
import static org.recordsassistant.nccc.guidance.AnswerCards.KB_VERSION;
import static org.recordsassistant.nccc.guidance.AnswerCards.QUESTION;

/**
 * The Ask job's entry point: answers free text from the knowledge base (answer, did-you-mean or an
 * honest abstention), shows entries from card buttons, stores ratings and passes questions to the
 * records team. Logs carry entry ids, versions and confidences, never what the user typed.
 */
@Component
class GuidanceTurnHandler implements TurnHandler, FreeTextHandler {
	private static final Logger log = LoggerFactory.getLogger(GuidanceTurnHandler.class);
	static final Set<String> VERBS = Set.of(AnswerCards.VERB_HELPFUL, AnswerCards.VERB_UNHELPFUL,
			AnswerCards.VERB_ESCALATE, AnswerCards.VERB_SHOW);
	static final String NOT_ENGLISH = "Sorry, I can only answer questions written in English. "
			+ "Mae'n ddrwg gen i, dim ond cwestiynau yn Saesneg y gallaf eu hateb. For help in another language, "
			+ "please contact the records team.";
	static final String NO_QUESTION = "I didn't find a question in that. Type your question in words, for example: "
			+ "*Do I have to keep WhatsApp messages about work?*";
	static final String STALE_ENTRY = "That answer has changed since the card was sent, so I can't show it. "
			+ "Please ask your question again.";

	private final GuidanceMatcher matcher;
	private final GuidanceStore store;
	private final RecordsTeam recordsTeam;

	GuidanceTurnHandler(GuidanceMatcher matcher, GuidanceStore store, RecordsTeam recordsTeam) {
		this.matcher = matcher;
		this.store = store;
		this.recordsTeam = recordsTeam;
	}

	@Override
	public Set<String> verbs() {
		return VERBS;
	}

	@Override
	public CompletableFuture<Void> onText(Turn turn, String text) {
		Decision decision = matcher.decide(text);
		KnowledgeBase kb = matcher.knowledgeBase();
		LoggedScore confidence = new LoggedScore(decision.confidence());
		CompletableFuture<String> sent = switch (decision.kind()) {
			case ANSWER -> {
				KnowledgeEntry entry = decision.top().orElseThrow().entry();
				log.info("Guidance answer: entry={} kb={} confidence={}", entry.id(), kb.version(), confidence);
				yield turn.sendCard(AnswerCards.answer(entry, kb, text));
			}
			case DID_YOU_MEAN -> {
				log.info("Guidance did-you-mean: entries={} kb={} confidence={}",
						decision.candidates().stream().map(hit -> hit.entry().id()).toList(), kb.version(), confidence);
				yield turn.sendCard(AnswerCards.didYouMean(decision.candidates(), text));
			}
			case ABSTAIN -> {
				String top = decision.top().map(hit -> hit.entry().id()).orElse(null);
				log.info("Guidance abstained: nearest={} kb={} confidence={}", top, kb.version(), confidence);
				rememberUnanswered(turn, text, kb, top, decision.confidence());
				yield turn.sendCard(AnswerCards.abstention(text));
			}
			case SMALL_TALK -> turn.sendText(decision.smallTalk().reply());
			case NOT_ENGLISH -> turn.sendText(NOT_ENGLISH);
			case NO_QUESTION -> turn.sendText(NO_QUESTION);
		};
		return sent.thenApply(id -> null);
	}

	/** Formats only when the line is logged: String.format on every turn cost as much as building the card. */
	private record LoggedScore(double value) {
		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.3f", value);
		}
	}

	/** Best effort: failing to keep the question for later review must not stop the user getting a reply. */
	private void rememberUnanswered(Turn turn, String text, KnowledgeBase kb, String top, double confidence) {
		try {
			store.saveUnanswered(AnswerCards.shortened(text), kb.version(), top, confidence, turn.sender().userKey());
		}
		catch (DataAccessException e) {
			log.warn("Could not store an unanswered guidance question: {}", e.getClass().getSimpleName());
		}
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return switch (action.verb()) {
			case AnswerCards.VERB_SHOW -> show(turn, action);
			case AnswerCards.VERB_HELPFUL -> rate(turn, action, true);
			case AnswerCards.VERB_UNHELPFUL -> rate(turn, action, false);
			case AnswerCards.VERB_ESCALATE -> escalate(turn, action);
			default -> completedFuture(CardActionResult.unchanged());
		};
	}

	private CompletableFuture<CardActionResult> show(Turn turn, CardAction action) {
		KnowledgeBase kb = matcher.knowledgeBase();
		Optional<KnowledgeEntry> entry = entry(action);
		if (entry.isEmpty()) {
			return completedFuture(CardActionResult.message(STALE_ENTRY));
		}
		log.info("Guidance answer: entry={} kb={} confidence=chosen", entry.get().id(), kb.version());
		String question = text(action, QUESTION);
		if (FROM_CHOICE.equals(text(action, FROM))) {
			return completedFuture(CardActionResult.replaceCard(AnswerCards.answer(entry.get(), kb, question)));
		}
		return turn.sendCard(AnswerCards.answer(entry.get(), kb, question)).thenApply(id -> CardActionResult.unchanged());
	}

	private CompletableFuture<CardActionResult> rate(Turn turn, CardAction action, boolean helpful) {
		KnowledgeBase kb = matcher.knowledgeBase();
		String entryId = text(action, ENTRY_ID);
		if (entryId == null) {
			return completedFuture(CardActionResult.message("That button didn't say which answer it was for, so I "
					+ "couldn't record your rating."));
		}
		String version = Optional.ofNullable(text(action, KB_VERSION)).orElse(kb.version());
		String question = text(action, QUESTION);
		store.saveFeedback(entryId, version, helpful, question, turn.sender().userKey());
		log.info("Guidance feedback: entry={} kb={} helpful={}", entryId, version, helpful);
		return completedFuture(entry(action)
				.map(entry -> CardActionResult.replaceCard(AnswerCards.rated(entry, kb, helpful, question)))
				.orElse(CardActionResult.message("Thanks for rating that answer.")));
	}

	private CompletableFuture<CardActionResult> escalate(Turn turn, CardAction action) {
		KnowledgeBase kb = matcher.knowledgeBase();
		String entryId = text(action, ENTRY_ID);
		String question = text(action, QUESTION);
		String reference = store.openEscalation(question, entryId, kb.version(), turn.sender().userKey(),
				turn.sender().name());
		Escalation escalation = new Escalation(reference, question, turn.sender().name(), entryId);
		return recordsTeam.pass(escalation).handle((sent, error) -> {
			boolean delivered = error == null && Boolean.TRUE.equals(sent);
			store.markEscalation(reference, delivered ? EscalationStatus.SENT : EscalationStatus.NOT_SENT);
			log.info("Guidance escalation: reference={} entry={} delivered={}", reference, entryId, delivered);
			return CardActionResult.message(delivered
					? "I've passed your question to the records team (reference " + reference + "). Their answer "
							+ "will come to you here, in this chat."
					: "I couldn't pass your question on automatically. Please contact your records team directly and "
							+ "quote reference " + reference + ".");
		});
	}

	private Optional<KnowledgeEntry> entry(CardAction action) {
		String id = text(action, ENTRY_ID);
		return id == null ? Optional.empty() : matcher.knowledgeBase().find(id);
	}

	private static String text(CardAction action, String field) {
		String value = action.text(field);
		return value == null || value.isBlank() ? null : value;
	}
}
