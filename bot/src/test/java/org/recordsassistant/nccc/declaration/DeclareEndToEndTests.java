package org.recordsassistant.nccc.declaration;

import java.sql.Timestamp;
import java.util.List;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Declaring through real HTTP: the card, my declarations, amend, withdraw, stale clicks and ownership. */
class DeclareEndToEndTests extends EndToEndTest {
	@Autowired
	DeclarationService service;
	@Autowired
	DeclarationRepository declarations;
	@Autowired
	JdbcClient jdbc;

	static String referenceIn(String text) {
		Matcher matcher = DeclarationActions.REFERENCE.matcher(text);
		assertThat(matcher.find()).as("a reference in %s", text).isTrue();
		return matcher.group();
	}

	private int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	@Test
	void declareSendsTheCardWithEveryContractInputAndTheStepByStepOffer() {
		BotExchange exchange = chatAs("Dana Reyes").says("declare").expectStatus(200);
		JsonNode card = exchange.card();
		List<String> ids = card.findValuesAsText("id");
		assertThat(ids).containsAll(List.of("channel", "channelOther", "account", "device", "dateFrom", "dateTo",
				"counterparties", "external", "businessArea", "subject", "significant", "classification", "personalData",
				"reason", "disappearing", "transferred", "holds"));
		assertThat(card.toString()).contains("declaration.submit").contains("submissionId").contains("Ports policy")
				.contains("\"isRequired\":true").contains("\"value\":\"" + CardData.today() + "\"");
		exchange.expectTextContaining("step by step");
	}

	@Test
	void cardSubmitAnswersWithTheReferenceAndMyDeclarationsListsIt() {
		BotConversation chat = chatAs("Erin Cole");
		String reply = chat.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).expectStatus(200).invokeCard().toString();
		String reference = referenceIn(reply);
		assertThat(reply).contains("I'll remind you");

		JsonNode list = chat.says("my declarations").expectStatus(200).card();
		assertThat(list.toString()).contains(reference).contains("Transfer needed").contains("declaration.view")
				.contains("declaration.amend").contains("declaration.withdraw").contains("declaration.file");
		StoredDeclaration stored = declarations.find(reference).orElseThrow();
		assertThat(stored.declarantName()).isEqualTo("Erin Cole");
		assertThat(stored.userKey()).isEqualTo(chat.aadObjectId());
	}

	@Test
	void staleSecondClickOnTheSameCardCreatesNoDuplicate() {
		BotConversation chat = chatAs("Femi Bello");
		ObjectNode data = CardData.valid();
		String first = referenceIn(chat.clicks(DeclarationTurnHandler.SUBMIT, data).invokeCard().toString());
		int before = count("declaration");

		String again = chat.clicks(DeclarationTurnHandler.SUBMIT, data).invokeCard().toString();

		assertThat(referenceIn(again)).isEqualTo(first);
		assertThat(again).contains("already saved");
		assertThat(count("declaration")).isEqualTo(before);
	}

	@Test
	void actionSubmitFallbackStoresTheDeclarationToo() {
		BotConversation chat = chatAs("Gita Rao");
		ObjectNode data = CardData.valid().put("verb", DeclarationTurnHandler.SUBMIT);
		BotExchange exchange = chat.submits(data).expectStatus(200);
		String reference = referenceIn(exchange.replies().toString());
		assertThat(declarations.find(reference)).isPresent();
	}

	@Test
	void amendSendsThePrefilledCardAndItsSubmitCreatesVersionTwo() {
		BotConversation chat = chatAs("Hana Ito");
		String reference = referenceIn(chat.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).invokeCard().toString());

		JsonNode amendCard = chat.clicks(DeclarationTurnHandler.AMEND, ref(reference)).invokeCard();
		assertThat(amendCard.toString()).contains("Berth allocation for the ferry").contains("Amend " + reference);
		ObjectNode amended = CardData.valid().put("reference", reference).put("transferred", "yes")
				.put("submissionId", amendCard.at("/actions/0/data/submissionId").asText());
		String reply = chat.clicks(DeclarationTurnHandler.AMEND, amended).invokeCard().toString();

		assertThat(reply).contains("version 2");
		assertThat(declarations.versions(reference)).extracting(v -> v.form().transferred()).containsExactly("not-yet", "yes");
		JsonNode view = chat.clicks(DeclarationTurnHandler.VIEW, ref(reference)).invokeCard();
		assertThat(view.toString()).contains("Transferred").contains("version 2");

		String stale = chat.clicks(DeclarationTurnHandler.AMEND, amended).invokeCard().toString();
		assertThat(stale).contains("already saved");
		assertThat(declarations.versions(reference)).hasSize(2);
	}

	@Test
	void withdrawAsksForAReasonThenShowsTheDeclarationWithdrawn() {
		BotConversation chat = chatAs("Ivo Novak");
		String reference = referenceIn(chat.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).invokeCard().toString());

		assertThat(chat.clicks(DeclarationTurnHandler.WITHDRAW, ref(reference)).invokeCard().toString())
				.contains("withdrawReason");
		assertThat(chat.clicks(DeclarationTurnHandler.WITHDRAW, ref(reference).put("confirmed", true)).invokeCard()
				.toString()).contains("A reason is required.");
		chat.clicks(DeclarationTurnHandler.WITHDRAW, ref(reference).put("confirmed", true)
				.put("withdrawReason", "Declared twice by mistake")).invokeCard();

		assertThat(chat.says("my declarations").card().toString()).contains(reference).contains("Withdrawn");
		assertThat(declarations.find(reference).orElseThrow().withdrawnReason()).isEqualTo("Declared twice by mistake");
		assertThat(chat.clicks(DeclarationTurnHandler.AMEND, ref(reference)).invokeMessage()).contains("withdrawn");
	}

	@Test
	void nobodyCanSeeAmendOrWithdrawSomeoneElsesDeclaration() {
		String reference = referenceIn(chatAs("Jo Owner").clicks(DeclarationTurnHandler.SUBMIT, CardData.valid())
				.invokeCard().toString());
		BotConversation other = chatAs("Kim Other");

		assertThat(other.clicks(DeclarationTurnHandler.VIEW, ref(reference)).invokeMessage()).contains("can't find");
		assertThat(other.clicks(DeclarationTurnHandler.AMEND, ref(reference)).invokeMessage()).contains("can't find");
		ObjectNode hijack = CardData.valid().put("reference", reference).put("subject", "Changed by someone else");
		assertThat(other.clicks(DeclarationTurnHandler.AMEND, hijack).invokeMessage()).contains("your own declarations");
		assertThat(other.clicks(DeclarationTurnHandler.WITHDRAW, ref(reference).put("confirmed", true)
				.put("withdrawReason", "Not mine")).invokeMessage()).contains("can't find");
		assertThat(other.clicks(DeclarationTurnHandler.FILE, ref(reference)).invokeMessage()).contains("can't find");
		assertThat(other.says("transferred " + reference).texts()).anySatisfy(t -> assertThat(t).contains("can't find"));

		StoredDeclaration unchanged = declarations.find(reference).orElseThrow();
		assertThat(unchanged.version()).isEqualTo(1);
		assertThat(unchanged.withdrawn()).isFalse();
		assertThat(unchanged.form().transferred()).isEqualTo("not-yet");
	}

	@Test
	void fileButtonLinksTheNextFilingToThatDeclaration() {
		BotConversation chat = chatAs("Lena Park");
		String older = referenceIn(chat.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).invokeCard().toString());
		chat.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).invokeCard();

		assertThat(chat.clicks(DeclarationTurnHandler.FILE, ref(older)).invokeMessage()).contains("Send me the exported chat");
		assertThat(service.latestOpenFor(chat.aadObjectId())).map(DeclarationSummary::reference).hasValue(older);
	}

	@Test
	void replyingTransferredStopsTheReminders() {
		BotConversation chat = chatAs("Mo Aziz");
		String reference = referenceIn(chat.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).invokeCard().toString());

		chat.says("transferred " + reference).expectTextContaining("marked transferred");

		assertThat(service.summary(reference).orElseThrow().status()).isEqualTo(DeclarationStatus.TRANSFERRED);
		assertThat(jdbc.sql("SELECT next_due FROM declaration_reminder WHERE reference = ?").param(reference)
				.query(Timestamp.class).optional()).isEmpty();
	}

	@Test
	void secretClassificationStoresOnlyTheReportAndTellsTheUserToContactSecurity() {
		int declarationsBefore = count("declaration");
		ObjectNode data = CardData.valid().put("classification", "secret-or-above").put("subject", "Do not keep this");
		BotConversation chat = chatAs("Nia Lloyd");

		String reply = chat.clicks(DeclarationTurnHandler.SUBMIT, data).invokeCard().toString();

		assertThat(reply).contains("Contact your security team now").doesNotContain("Do not keep this");
		assertThat(count("declaration")).isEqualTo(declarationsBefore);
		assertThat(jdbc.sql("SELECT user_key FROM secret_material_report WHERE submission_id = ?")
				.param(data.get("submissionId").asText()).query(String.class).single()).isEqualTo(chat.aadObjectId());
	}

	@Test
	void myDeclarationsPagesFiveAtATimeNewestFirst() {
		BotConversation chat = chatAs("Omar Haddad");
		String newest = null;
		for (int i = 0; i < 6; i++) {
			newest = referenceIn(chat.clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()).invokeCard().toString());
		}
		JsonNode first = chat.says("my declarations").card();
		assertThat(first.toString()).contains("Page 1 of 2").contains("declaration.list");
		assertThat(referenceIn(first.toString())).isEqualTo(newest);
		JsonNode second = chat.clicks(DeclarationTurnHandler.LIST, JsonNodeFactory.instance.objectNode().put("page", 2)).invokeCard();
		assertThat(second.toString()).contains("Page 2 of 2").doesNotContain(newest);
	}

	private static ObjectNode ref(String reference) {
		return JsonNodeFactory.instance.objectNode().put("reference", reference);
	}
}
