package org.recordsassistant.nccc.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.GuidanceStore.EscalationStatus;
import org.recordsassistant.nccc.guidance.RecordsTeam.Escalation;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordsassistant.nccc.guidance.FakeTurn.element;

class GuidanceTurnHandlerTests {
	private static final GuidanceMatcher CENTRAL = EvaluationHarness.matcher(KnowledgeBaseTests.central());

	private final FakeGuidanceStore store = new FakeGuidanceStore();
	private final List<Escalation> passedOn = new ArrayList<>();
	private CompletableFuture<Boolean> recordsTeamReply = CompletableFuture.completedFuture(true);
	private final GuidanceTurnHandler handler = new GuidanceTurnHandler(CENTRAL, store, escalation -> {
		passedOn.add(escalation);
		return recordsTeamReply;
	});

	private FakeTurn ask(String text) {
		FakeTurn turn = new FakeTurn(text);
		handler.onText(turn, text).join();
		return turn;
	}

	private CardActionResult click(FakeTurn turn, ObjectNode button) {
		String verb = button.get("verb").asText();
		return handler.onCardAction(turn, new CardAction(verb, button.get("data").deepCopy(), true, "activity-1")).join();
	}

	private static List<ObjectNode> buttons(ObjectNode card) {
		List<ObjectNode> buttons = new ArrayList<>();
		card.findValues("actions").forEach(actions -> actions.forEach(action -> buttons.add((ObjectNode) action)));
		card.findValues("selectAction").forEach(action -> buttons.add((ObjectNode) action));
		return buttons;
	}

	private static List<String> verbs(ObjectNode card) {
		return buttons(card).stream().map(button -> button.get("verb").asText()).toList();
	}

	@Test
	void ownsTheContractVerbsAndItsShowVerb() {
		assertThat(handler.verbs()).containsExactlyInAnyOrder("answer.helpful", "answer.unhelpful", "answer.escalate",
				"guidance.show");
	}

	@Test
	void answersSpadQuestionWithParagraph3() {
		ObjectNode card = ask("spad here, does the nccc guidance apply to me?").onlyCard();
		assertThat(card.get("version").asText()).isEqualTo(Cards.VERSION);
		assertThat(element(card, "question").get("text").asText()).isEqualTo("Does the guidance apply to special advisers?");
		assertThat(element(card, "citation").get("text").asText()).isEqualTo("Guidance version 2026.11.2, para 3 (Cabinet Office guidance)");
		assertThat(verbs(card)).contains("answer.helpful", "answer.unhelpful", "answer.escalate", "guidance.show");
		assertThat(buttons(card)).filteredOn(b -> b.get("verb").asText().startsWith("answer."))
				.allSatisfy(b -> assertThat(b.get("data").get("entryId").asText()).isEqualTo("special-advisers"));
	}

	@Test
	void marksReportedAnswersAsReported() {
		ObjectNode card = ask("can top secret material go over signal").onlyCard();
		assertThat(element(card, "status").get("text").asText()).contains("Reported");
	}

	@Test
	void everyButtonIsAnExecuteWithAVerbAndTheCardStaysSmall() {
		ObjectNode card = ask("are my whatsapp messages covered by foi").onlyCard();
		assertThat(buttons(card)).isNotEmpty().allSatisfy(button -> {
			assertThat(button.get("type").asText()).isEqualTo("Action.Execute");
			assertThat(button.get("verb").asText()).isNotBlank();
		});
		assertThat(card.toString().length()).isLessThan(Cards.MAX_CARD_BYTES);
	}

	@Test
	void abstainsOnPayrollQuestionAndOffersTheRecordsTeam() {
		ObjectNode card = ask("when does payroll run this month").onlyCard();
		assertThat(element(card, "question").get("text").asText()).isEqualTo("I don't have a confirmed answer to that");
		assertThat(verbs(card)).containsExactly("answer.escalate");
		assertThat(store.unanswered).singleElement().satisfies(row -> {
			assertThat(row.question()).isEqualTo("when does payroll run this month");
			assertThat(row.userKey()).isEqualTo("aad-test-user");
		});
	}

	@Test
	void escapesTheUsersWordsOnTheAbstentionCard() {
		ObjectNode card = ask("[click me](https://evil.example) <b>payroll</b> **now**").onlyCard();
		String asked = element(card, "asked").get("text").asText();
		assertThat(asked).doesNotContain("[click me](").contains("\\[click me\\]").contains("\\*\\*now\\*\\*");
	}

	@Test
	void cutsATenThousandCharacterMessageDownInTheCard() {
		ObjectNode card = ask("payroll ".repeat(1250)).onlyCard();
		assertThat(card.toString().length()).isLessThan(Cards.MAX_CARD_BYTES);
		assertThat(store.unanswered.get(0).question()).hasSize(AnswerCards.MAX_QUESTION_IN_DATA);
	}

	@Test
	void repliesToThanksAndGreetingsInText() {
		assertThat(ask("thanks!").texts).singleElement().asString().startsWith("You're welcome");
		assertThat(ask("hello").texts).singleElement().asString().startsWith("Hello");
		assertThat(store.unanswered).isEmpty();
	}

	@Test
	void saysItOnlyAnswersInEnglish() {
		assertThat(ask("Ga i ddefnyddio WhatsApp ar fy ffôn gwaith?").texts).containsExactly(GuidanceTurnHandler.NOT_ENGLISH);
	}

	@Test
	void asksForWordsWhenSentOnlyEmoji() {
		assertThat(ask("🙂🙂").texts).containsExactly(GuidanceTurnHandler.NO_QUESTION);
	}

	@Test
	void offersChoicesThenReplacesTheChoiceCardWithTheAnswer() {
		FakeTurn turn = ask("how do I export a whatsapp chat");
		ObjectNode card = turn.onlyCard();
		JsonNode choices = element(card, "choices").get("actions");
		assertThat(choices.size()).isBetween(2, 3);
		ObjectNode iphone = buttons(card).stream()
				.filter(b -> "export-whatsapp-iphone".equals(b.get("data").path("entryId").asText())).findFirst().orElseThrow();
		CardActionResult result = click(turn, iphone);
		assertThat(result.card()).isNotNull();
		assertThat(element(result.card(), "answer").get("text").asText()).contains("Export Chat");
	}

	@Test
	void followUpButtonSendsANewAnswerCardAndLeavesTheFirst() {
		FakeTurn turn = ask("spad here, does the nccc guidance apply to me?");
		ObjectNode followUp = buttons(turn.onlyCard()).stream().filter(b -> "guidance.show".equals(b.get("verb").asText()))
				.findFirst().orElseThrow();
		CardActionResult result = click(turn, followUp);
		assertThat(result.card()).isNull();
		assertThat(result.message()).isNull();
		assertThat(turn.cards).hasSize(2);
	}

	@Test
	void saysWhenAButtonNamesAnEntryThatNoLongerExists() {
		CardActionResult result = handler.onCardAction(new FakeTurn(""), new CardAction("guidance.show",
				Cards.data().put("entryId", "gone-entry"), true, null)).join();
		assertThat(result.message()).isEqualTo(GuidanceTurnHandler.STALE_ENTRY);
	}

	@Test
	void storesHelpfulRatingWithTheQuestionAndThanksInTheCard() {
		FakeTurn turn = ask("are my whatsapp messages covered by foi");
		ObjectNode helpful = buttons(turn.onlyCard()).stream().filter(b -> "answer.helpful".equals(b.get("verb").asText()))
				.findFirst().orElseThrow();
		CardActionResult result = click(turn, helpful);
		assertThat(store.feedback).singleElement().satisfies(row -> {
			assertThat(row.entryId()).isEqualTo("foi-covers-nccc");
			assertThat(row.kbVersion()).isEqualTo("2026.11.2");
			assertThat(row.helpful()).isTrue();
			assertThat(row.question()).isEqualTo("are my whatsapp messages covered by foi");
		});
		assertThat(element(result.card(), "rating").get("text").asText()).contains("helpful");
		assertThat(verbs(result.card())).doesNotContain("answer.helpful", "answer.unhelpful").contains("answer.escalate");
	}

	@Test
	void passesEscalationToTheRecordsTeamAndGivesAReference() {
		FakeTurn turn = ask("when does payroll run this month");
		CardActionResult result = click(turn, buttons(turn.onlyCard()).get(0));
		assertThat(result.message()).contains("passed your question to the records team").contains("GQ-TEST1");
		assertThat(passedOn).singleElement().satisfies(e -> {
			assertThat(e.question()).isEqualTo("when does payroll run this month");
			assertThat(e.askerName()).isEqualTo("Priya Shah");
		});
		assertThat(store.escalations).containsEntry("GQ-TEST1", EscalationStatus.SENT);
	}

	@Test
	void tellsTheUserToContactTheRecordsTeamWhenNoneIsConfigured() {
		recordsTeamReply = CompletableFuture.completedFuture(false);
		FakeTurn turn = ask("when does payroll run this month");
		CardActionResult result = click(turn, buttons(turn.onlyCard()).get(0));
		assertThat(result.message()).contains("contact your records team directly").contains("GQ-TEST1");
		assertThat(store.escalations).containsEntry("GQ-TEST1", EscalationStatus.NOT_SENT);
	}

	@Test
	void tellsTheUserToContactTheRecordsTeamWhenSendingFails() {
		recordsTeamReply = CompletableFuture.failedFuture(new IllegalStateException("connector down"));
		FakeTurn turn = ask("when does payroll run this month");
		assertThat(click(turn, buttons(turn.onlyCard()).get(0)).message()).contains("contact your records team directly");
	}

	@Test
	void answersFromTheDepartmentalSupplementWhenOneIsLoaded() {
		GuidanceMatcher withSupplement = EvaluationHarness.matcher(KnowledgeBaseTests.withSupplement());
		GuidanceTurnHandler departmental = new GuidanceTurnHandler(withSupplement, store, e -> CompletableFuture.completedFuture(false));
		FakeTurn turn = new FakeTurn("");
		departmental.onText(turn, "how quickly must I transfer messages to the corporate record").join();
		ObjectNode card = turn.onlyCard();
		assertThat(element(card, "answer").get("text").asText()).contains("10 working days");
		assertThat(element(card, "citation").get("text").asText()).contains("2026.11.2+dept-test-1")
				.contains("Department for Testing NCCC guide");
	}

	@Test
	void withoutASupplementTheDeadlineAnswerSetsNoNumberOfDays() {
		ObjectNode card = ask("how quickly must I transfer messages to the corporate record").onlyCard();
		assertThat(element(card, "answer").get("text").asText()).contains("sets no number of days")
				.doesNotContainPattern("\\d+ working days");
	}
}
