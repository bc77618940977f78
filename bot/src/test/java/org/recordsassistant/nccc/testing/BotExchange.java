package org.recordsassistant.nccc.testing;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One turn's outcome: the HTTP status and body from {@code /api/messages}, and the activities the
 * bot sent to the connector during the turn. Every card seen here is checked by {@link CardChecks}.
 */
public record BotExchange(int status, String body, List<JsonNode> replies) {
	private static final ObjectMapper JSON = new ObjectMapper();

	public BotExchange {
		cardsOf(replies).forEach(CardChecks::assertValid);
	}

	public BotExchange expectStatus(int expected) {
		assertThat(status).as("HTTP status (body: %s)", body).isEqualTo(expected);
		return this;
	}

	/** The adaptive cards the bot sent in this turn. */
	public List<JsonNode> cards() {
		return cardsOf(replies);
	}

	/** The single card sent in this turn. */
	public JsonNode card() {
		assertThat(cards()).as("cards sent in this turn (replies: %s)", replies).hasSize(1);
		return cards().get(0);
	}

	public BotExchange expectCardContaining(String text) {
		assertThat(cards()).as("a card containing '%s'", text).anySatisfy(card -> assertThat(card.toString()).contains(text));
		return this;
	}

	/** The texts of plain messages the bot sent in this turn. */
	public List<String> texts() {
		List<String> texts = new ArrayList<>();
		for (JsonNode reply : replies) {
			if (reply.hasNonNull("text")) {
				texts.add(reply.get("text").asText());
			}
		}
		return texts;
	}

	public BotExchange expectTextContaining(String text) {
		assertThat(texts()).as("a message containing '%s'", text).anySatisfy(t -> assertThat(t).contains(text));
		return this;
	}

	/** The JSON body of an invoke response. */
	public JsonNode invokeBody() {
		try {
			return JSON.readTree(body);
		} catch (Exception e) {
			return fail("invoke response is not JSON: " + body);
		}
	}

	/** The card an {@code Action.Execute} response puts in place of the clicked one. */
	public JsonNode invokeCard() {
		JsonNode response = invokeBody();
		assertThat(response.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
		CardChecks.assertValid(response.get("value"));
		return response.get("value");
	}

	/** The message an {@code Action.Execute} response shows instead of a new card. */
	public String invokeMessage() {
		JsonNode response = invokeBody();
		assertThat(response.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
		return response.path("value").asText();
	}

	private static List<JsonNode> cardsOf(List<JsonNode> replies) {
		List<JsonNode> cards = new ArrayList<>();
		for (JsonNode reply : replies) {
			for (JsonNode attachment : reply.path("attachments")) {
				if ("application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
					cards.add(attachment.get("content"));
				}
			}
		}
		return cards;
	}
}
