package org.recordsassistant.nccc.teams;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.testing.CardChecks;

import static org.assertj.core.api.Assertions.assertThat;

/** Every card is version 1.5 and pure Jackson nodes: no JDK collections the SDK cannot send (§2.2). */
class CardsTests {

	@Test
	void welcomeAndHelpCardsAreValidPureJsonTrees() {
		for (ObjectNode card : List.of(HelpCards.welcome("Priya"), HelpCards.welcome(null), HelpCards.help())) {
			CardChecks.assertValid(card);
			assertThat(card.get("version").asText()).isEqualTo("1.5");
			assertNoPojos(card);
		}
	}

	@Test
	void executeButtonsCarryTheirVerbInTheDataForSubmitFallback() {
		ObjectNode action = Cards.execute("Go", "declaration.submit", Cards.data().put("x", 1));
		assertThat(action.get("verb").asText()).isEqualTo("declaration.submit");
		assertThat(action.get("data").get("verb").asText()).isEqualTo("declaration.submit");
		assertThat(action.get("data").get("x").asInt()).isEqualTo(1);
	}

	@Test
	void escapeStopsUserTextFromBecomingLinksOrFormatting() {
		assertThat(Cards.escape("[click](https://evil.example) **now** <b>x</b>"))
				.isEqualTo("\\[click\\]\\(https://evil.example\\) \\*\\*now\\*\\* \\<b\\>x\\</b\\>");
		assertThat(Cards.escape("- not a list\n1. nor this\nports-policy 3.5")).isEqualTo("\\- not a list\n1\\. nor this\nports-policy 3.5");
		assertThat(Cards.escape(null)).isEmpty();
	}

	@Test
	void welcomeCardEscapesTheUsersName() {
		assertThat(HelpCards.welcome("[Eve](https://evil.example)").toString()).doesNotContain("[Eve](");
	}

	private static void assertNoPojos(JsonNode node) {
		assertThat(node).isNotInstanceOf(POJONode.class);
		node.forEach(CardsTests::assertNoPojos);
	}
}
