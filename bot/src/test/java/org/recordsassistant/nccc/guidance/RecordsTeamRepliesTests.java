package org.recordsassistant.nccc.guidance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationStatus;
import org.recordsassistant.nccc.guidance.RecordsTeam.Escalation;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.teams.spi.Sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordsassistant.nccc.guidance.FakeTurn.element;

class RecordsTeamRepliesTests {
	private static final Instant NOW = Instant.parse("2026-11-24T10:15:00Z");
	private static final Sender TEAM = new Sender("29:team", "aad-records-team", "Records Team", "tenant", "en-GB");
	private static final Sender MEMBER = new Sender("29:member", "aad-member", "Sam Archivist", "tenant", "en-GB");

	private final FakeGuidanceStore store = new FakeGuidanceStore();
	private final List<String> relayedTo = new ArrayList<>();
	private final List<ObjectNode> relayedCards = new ArrayList<>();
	private CompletableFuture<Boolean> relayOutcome = CompletableFuture.completedFuture(true);
	private final RecordsTeamReplies replies = new RecordsTeamReplies(store, (asker, card) -> {
		relayedTo.add(asker);
		relayedCards.add(card);
		return relayOutcome;
	}, List.of(TEAM.userKey(), " ", MEMBER.userKey()), Clock.fixed(NOW, ZoneOffset.UTC));

	private String escalated() {
		String reference = store.openEscalation("when does payroll run", null, "2026.11.1", "aad-asker", "Priya Shah");
		store.markEscalation(reference, EscalationStatus.SENT);
		return reference;
	}

	/** Clicks "Send answer" on the card the records team received, with what they typed. */
	private CardActionResult reply(Sender who, String reference, String text, String addToKnowledgeBase) {
		ObjectNode card = RecordsTeamCards.escalation(new Escalation(reference, "when does payroll run", "Priya Shah", null));
		ObjectNode data = card.get("actions").get(0).get("data").deepCopy();
		if (text != null) {
			data.put(RecordsTeamCards.REPLY_TEXT, text);
		}
		data.put(RecordsTeamCards.ADD_TO_KB, addToKnowledgeBase);
		return replies.onCardAction(new FakeTurn("", who), new CardAction(RecordsTeamCards.VERB_REPLY, data, true, "card-1"))
				.join();
	}

	@Test
	void ownsTheReplyVerb() {
		assertThat(replies.verbs()).containsExactly("guidance.reply");
	}

	@Test
	void escalationCardCarriesAReplyFormAndTheReference() {
		ObjectNode card = RecordsTeamCards.escalation(new Escalation("GQ-1", "[x](https://evil) payroll", "Priya", null));
		assertThat(element(card, RecordsTeamCards.REPLY_TEXT).get("type").asText()).isEqualTo("Input.Text");
		assertThat(element(card, RecordsTeamCards.ADD_TO_KB).get("type").asText()).isEqualTo("Input.Toggle");
		assertThat(card.get("actions").get(0).get("verb").asText()).isEqualTo(RecordsTeamCards.VERB_REPLY);
		assertThat(card.get("actions").get(0).get("data").get(RecordsTeamCards.REFERENCE).asText()).isEqualTo("GQ-1");
		assertThat(element(card, "asked").get("text").asText()).contains("\\[x\\]").doesNotContain("[x](");
	}

	@Test
	void relaysTheAnswerToTheAskerMarksItAnsweredAndShowsWhoAndWhen() {
		String reference = escalated();
		CardActionResult result = reply(TEAM, reference, "Payroll runs on the 20th.", "false");
		assertThat(relayedTo).containsExactly("aad-asker");
		assertThat(element(relayedCards.get(0), "reply").get("text").asText())
				.isEqualTo(Cards.escape("Payroll runs on the 20th."));
		assertThat(element(result.card(), "answered").get("text").asText())
				.isEqualTo("Answered by Records Team at 24 Nov 2026 10:15 UTC");
		assertThat(result.card().has("actions")).isFalse();
		assertThat(store.findEscalation(reference)).hasValueSatisfying(ticket -> {
			assertThat(ticket.status()).isEqualTo(EscalationStatus.ANSWERED);
			assertThat(ticket.answeredBy()).isEqualTo(TEAM.userKey());
			assertThat(ticket.answeredAt()).isEqualTo(NOW);
		});
		assertThat(store.suggestions).isEmpty();
	}

	@Test
	void aSecondClickRelaysNothingAndShowsTheFirstAnswer() {
		String reference = escalated();
		reply(TEAM, reference, "Payroll runs on the 20th.", "false");
		CardActionResult second = reply(MEMBER, reference, "A different answer", "true");
		assertThat(relayedTo).hasSize(1);
		assertThat(element(second.card(), "answered").get("text").asText()).startsWith("Answered by Records Team");
		assertThat(store.suggestions).isEmpty();
	}

	@Test
	void keepsTheAnswerAsAKnowledgeBaseSuggestionWhenAsked() {
		String reference = escalated();
		reply(MEMBER, reference, "Payroll runs on the 20th.", "true");
		assertThat(store.suggestions).singleElement().satisfies(answer -> {
			assertThat(answer.reference()).isEqualTo(reference);
			assertThat(answer.name()).isEqualTo("Sam Archivist");
		});
	}

	@Test
	void refusesAnyoneOutsideTheRecordsTeam() {
		String reference = escalated();
		Sender stranger = new Sender("29:x", "aad-stranger", "Someone Else", "tenant", "en-GB");
		assertThat(reply(stranger, reference, "I know this one", "false").message()).isEqualTo(RecordsTeamReplies.NOT_A_MEMBER);
		assertThat(relayedTo).isEmpty();
		assertThat(store.escalations).containsEntry(reference, EscalationStatus.SENT);
	}

	@Test
	void asksForTextWhenTheReplyIsEmpty() {
		String reference = escalated();
		assertThat(reply(TEAM, reference, "   ", "false").message()).isEqualTo(RecordsTeamReplies.EMPTY_REPLY);
		assertThat(reply(TEAM, reference, null, "false").message()).isEqualTo(RecordsTeamReplies.EMPTY_REPLY);
		assertThat(relayedTo).isEmpty();
	}

	@Test
	void saysSoWhenTheReferenceIsUnknown() {
		assertThat(reply(TEAM, "GQ-NOPE", "answer", "false").message()).isEqualTo(RecordsTeamReplies.UNKNOWN);
	}

	@Test
	void leavesTheQuestionOpenWhenTheAnswerCannotBeDelivered() {
		String reference = escalated();
		relayOutcome = CompletableFuture.failedFuture(new IllegalStateException("connector down"));
		CardActionResult failed = reply(TEAM, reference, "Payroll runs on the 20th.", "true");
		assertThat(failed.message()).contains("couldn't send your answer").contains(reference);
		assertThat(store.escalations).containsEntry(reference, EscalationStatus.SENT);
		assertThat(store.suggestions).isEmpty();

		relayOutcome = CompletableFuture.completedFuture(true);
		assertThat(reply(TEAM, reference, "Payroll runs on the 20th.", "true").card()).isNotNull();
		assertThat(store.escalations).containsEntry(reference, EscalationStatus.ANSWERED);
	}

	@Test
	void leavesTheQuestionOpenWhenTheAskerCannotBeReached() {
		String reference = escalated();
		relayOutcome = CompletableFuture.completedFuture(false);
		assertThat(reply(TEAM, reference, "Payroll runs on the 20th.", "false").message()).contains(reference);
		assertThat(store.escalations).containsEntry(reference, EscalationStatus.SENT);
	}

	@Test
	void cutsAnOverlongReplyToTheLimit() {
		String reference = escalated();
		reply(TEAM, reference, "a".repeat(RecordsTeamCards.MAX_REPLY_CHARS + 100), "false");
		assertThat(store.findEscalation(reference).orElseThrow().answer()).hasSize(RecordsTeamCards.MAX_REPLY_CHARS);
	}
}
