package org.recordsassistant.nccc.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad card comes back with the user's values and a red message under each bad field; nothing is stored. */
class CardValidationEndToEndTests extends EndToEndTest {
	@Autowired
	JdbcClient jdbc;

	private int stored() {
		return jdbc.sql("SELECT COUNT(*) FROM declaration_version").query(Integer.class).single();
	}

	/** The red text block right after the field's input and help text. */
	private static String messageUnder(JsonNode card, String fieldId) {
		JsonNode body = card.get("body");
		for (int i = 0; i < body.size(); i++) {
			if (fieldId.equals(body.get(i).path("id").asText())) {
				JsonNode candidate = body.get(i + 2);
				return candidate != null && "Attention".equals(candidate.path("color").asText())
						? candidate.path("text").asText() : null;
			}
		}
		throw new AssertionError("no input " + fieldId);
	}

	@Test
	void futureDateToIsShownUnderTheFieldWithTheUsersOtherValuesKept() {
		BotConversation chat = chatAs("Pat Quinn");
		int before = stored();
		ObjectNode data = CardData.valid().put("dateTo", CardData.today().plusDays(1).toString());

		JsonNode card = chat.clicks(DeclarationTurnHandler.SUBMIT, data).expectStatus(200).invokeCard();

		assertThat(messageUnder(card, "dateTo")).isEqualTo("Date to can't be in the future.");
		assertThat(messageUnder(card, "subject")).isNull();
		assertThat(card.toString()).contains("Berth allocation for the ferry")
				.contains(data.get("submissionId").asText());
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void wrongTypesUnknownKeysAndHugeStringsGetSpecificMessagesAndStoreNothing() {
		BotConversation chat = chatAs("Quin Ross");
		int before = stored();
		ObjectNode data = CardData.valid().put("external", 7).put("channel", "pager").put("subject", "y".repeat(100 * 1024));
		data.putObject("counterparties").put("nested", true);

		JsonNode card = chat.clicks(DeclarationTurnHandler.SUBMIT, data).expectStatus(200).invokeCard();

		assertThat(messageUnder(card, "external")).contains("arrived as a number");
		assertThat(messageUnder(card, "channel")).isEqualTo("Choose one of the options for Channel.");
		assertThat(messageUnder(card, "subject")).startsWith("Subject is too long: at most 200 characters.");
		assertThat(messageUnder(card, "counterparties")).contains("arrived as an object");
		assertThat(card.toString()).contains("Please fix the 4 fields");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void missingFieldsAndAMissingReasonAreEachNamed() {
		ObjectNode data = CardData.valid();
		data.remove("subject");
		data.remove("reason");
		JsonNode card = chatAs("Rae Sims").clicks(DeclarationTurnHandler.SUBMIT, data).invokeCard();
		assertThat(messageUnder(card, "subject")).isEqualTo("Subject is required.");
		assertThat(messageUnder(card, "reason")).isEqualTo("Why a corporate channel was not used is required.");
	}

	@Test
	void cardWithoutASubmissionIdIsRefusedAsOutOfDate() {
		ObjectNode data = CardData.valid();
		data.remove("submissionId");
		assertThat(chatAs("Sam Tate").clicks(DeclarationTurnHandler.SUBMIT, data).invokeMessage()).contains("out of date");
	}

	@Test
	void disappearingMessagesAndPersonalDataAddTheirWarnings() {
		String reply = chatAs("Uma Vale").clicks(DeclarationTurnHandler.SUBMIT, CardData.valid()
				.put("disappearing", "true").put("personalData", "special-category").put("holds", "true"))
				.invokeCard().toString();
		assertThat(reply).contains("capture the content now").contains("Personal data is involved")
				.contains("don't delete");
	}
}
