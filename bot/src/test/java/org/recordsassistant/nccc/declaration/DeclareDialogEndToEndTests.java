package org.recordsassistant.nccc.declaration;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The step-by-step declaration through real HTTP: same result as the card, back, skip, cancel, SECRET. */
class DeclareDialogEndToEndTests extends EndToEndTest {
	@Autowired
	DeclarationRepository declarations;
	@Autowired
	JdbcClient jdbc;

	private static String lastText(BotExchange exchange) {
		List<String> texts = exchange.texts();
		assertThat(texts).isNotEmpty();
		return texts.get(texts.size() - 1);
	}

	/** The suggested replies on the last message of the turn. */
	private static List<String> suggestions(BotExchange exchange) {
		JsonNode last = exchange.replies().get(exchange.replies().size() - 1);
		return last.path("suggestedActions").path("actions").findValuesAsText("title");
	}

	@Test
	void conversationalAndCardPathsStoreTheSameDeclaration() {
		BotConversation typist = chatAs("Vic Webb");
		BotExchange first = typist.says("step by step").expectStatus(200);
		assertThat(lastText(first)).contains("Which channel did you use?");
		assertThat(suggestions(first)).contains("WhatsApp", "Signal", "Cancel");
		BotExchange summary = DialogScript.answer(typist, 0, DialogScript.ANSWERS.size());
		assertThat(lastText(summary)).contains("Please check your answers").contains("Ports policy");
		String typed = DeclareEndToEndTests.referenceIn(lastText(typist.says("submit").expectStatus(200)));

		String clicked = DeclareEndToEndTests.referenceIn(chatAs("Wyn Xu")
				.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).invokeCard().toString());

		assertThat(typed).isNotEqualTo(clicked);
		assertThat(declarations.find(typed).orElseThrow().form()).isEqualTo(declarations.find(clicked).orElseThrow().form());
		assertThat(typist.says("my declarations").card().toString()).contains(typed);
	}

	@Test
	void typingAChannelAfterDeclareStartsTheDialogWithThatAnswer() {
		BotConversation chat = chatAs("Xia Yang");
		chat.says("declare").expectTextContaining("step by step");
		assertThat(lastText(chat.says("signal"))).contains("work account or a personal one");
	}

	@Test
	void otherTextAfterDeclareStillGoesToTheGuidance() {
		BotConversation chat = chatAs("Yusuf Zane");
		chat.says("declare");
		BotExchange exchange = chat.says("Can I use WhatsApp with a supplier?");
		assertThat(exchange.toString()).doesNotContain("work account or a personal one");
	}

	@Test
	void backReturnsToThePreviousQuestionShowingTheAnswerSoFar() {
		BotConversation chat = chatAs("Zoe Abbott");
		chat.says("step by step");
		DialogScript.answer(chat, 0, 2);
		String back = lastText(chat.says("back"));
		assertThat(back).contains("work account or a personal one").contains("Your answer so far: Personal account");
		assertThat(lastText(chat.says("Work account"))).contains("work-issued or your own");
	}

	@Test
	void skipIsRefusedForRequiredFieldsAndAllowedForOptionalOnes() {
		BotConversation chat = chatAs("Abe Brook");
		chat.says("step by step");
		assertThat(lastText(chat.says("skip"))).contains("Channel is needed, so it can't be skipped");
		DialogScript.answer(chat, 0, 6);
		BotExchange external = chat.says("skip");
		assertThat(lastText(external)).contains("Which business area");
	}

	@Test
	void invalidAnswersGetTheSpecificMessageAndTheSameQuestionAgain() {
		BotConversation chat = chatAs("Cal Dunn");
		chat.says("step by step");
		DialogScript.answer(chat, 0, 3);
		assertThat(lastText(chat.says("31/12/2025"))).contains("Date from must be a real date written yyyy-mm-dd")
				.contains("Date of the first message");
		assertThat(lastText(chat.says(CardData.today().plusDays(1).toString()))).contains("Date from can't be in the future");
		assertThat(lastText(chat.says("carrier pigeon maybe"))).contains("must be a real date");
	}

	@Test
	void cancelEndsTheDialogAndSavesNothing() {
		BotConversation chat = chatAs("Dee Ellis");
		int before = jdbc.sql("SELECT COUNT(*) FROM declaration").query(Integer.class).single();
		chat.says("step by step");
		DialogScript.answer(chat, 0, 4);
		chat.says("cancel").expectTextContaining("Nothing was saved");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration").query(Integer.class).single()).isEqualTo(before);
		assertThat(chat.says("Personal account").toString()).doesNotContain("work-issued or your own");
	}

	@Test
	void secretAnswerStopsTheDialogAndKeepsOnlyTheReport() {
		BotConversation chat = chatAs("Eve Ford");
		chat.says("step by step");
		DialogScript.answer(chat, 0, 10);
		BotExchange stop = chat.says("I think it may be SECRET or above");
		assertThat(lastText(stop)).contains("Contact your security team now");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM secret_material_report WHERE user_key = ?").param(chat.aadObjectId())
				.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration WHERE user_key = ?").param(chat.aadObjectId())
				.query(Integer.class).single()).isZero();
	}
}
