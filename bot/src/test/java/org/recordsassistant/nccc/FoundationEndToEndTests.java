package org.recordsassistant.nccc;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.teams.ConversationReferences;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation through real HTTP: install, help, routing by command and verb, bad input, retries. */
class FoundationEndToEndTests extends EndToEndTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	ConversationReferences references;

	@Test
	void installSendsWelcomeCardAndStoresTheConversation() {
		BotConversation chat = chatAs("Priya Shah");
		BotExchange exchange = chat.installs().expectStatus(200);
		JsonNode card = exchange.card();
		assertThat(card.toString()).contains("Hello Priya").contains("NCCC records assistant");
		assertThat(verbsOf(card)).containsOnly("help.run");
		assertThat(references.find(chat.aadObjectId())).hasValueSatisfying(reference -> {
			assertThat(reference.getConversation().getId()).isEqualTo(chat.conversationId());
			assertThat(reference.getServiceUrl()).isEqualTo(connector.serviceUrl());
		});
	}

	@Test
	void helpShowsButtonsForTheFourJobs() {
		JsonNode card = chatAs("Tom Reed").says("Help").expectStatus(200).card();
		assertThat(card.toString()).contains("What I can do");
		assertThat(commandsOf(card)).containsExactly("ask", "declare", "file", "iao");
	}

	@Test
	void helpButtonRunsTheCommandItNamesAndKeepsTheHelpCard() {
		BotExchange exchange = chatAs("Tom Reed").clicks("help.run", JSON.createObjectNode().put("command", "declare"))
				.expectStatus(200);
		exchange.expectTextContaining("Declaring NCCC use");
		assertThat(exchange.invokeCard().toString()).contains("What I can do");
	}

	@Test
	void askButtonExplainsHowToAsk() {
		chatAs("Tom Reed").clicks("help.run", JSON.createObjectNode().put("command", "ask")).expectStatus(200)
				.expectTextContaining("Just type your question");
	}

	@Nested
	class Routing {
		@Test
		void commandsReachTheirFeatureWhateverTheCaseAndPunctuation() {
			BotConversation chat = chatAs("Ade Okafor");
			chat.says("declare").expectTextContaining("Declaring NCCC use");
			chat.says("  My   Declarations. ").expectTextContaining("register of declarations");
			chat.says("FILE").expectCardContaining("Filing a chat");
			chat.says("iao").expectTextContaining("Information Asset Owners (IAOs)");
		}

		@Test
		void otherTextGoesToTheGuidanceFeature() {
			BotExchange exchange = chatAs("Ade Okafor").says("Can I use WhatsApp to talk to a supplier?").expectStatus(200);
			assertThat(exchange.replies()).isNotEmpty();
			assertThat(exchange.toString()).doesNotContain("Declaring NCCC use").doesNotContain("Filing chats");
		}

		@Test
		void cardVerbIsRoutedToTheFeatureThatOwnsIt() {
			BotExchange exchange = chatAs("Ade Okafor").clicks("iao.acknowledge", JSON.createObjectNode())
					.expectStatus(200);
			assertThat(exchange.invokeMessage()).contains("can't find the notice this card is about");
		}

		@Test
		void submittedCardDataIsRoutedByItsVerbField() {
			ObjectNode value = JSON.createObjectNode().put("verb", "transfer.cancel");
			chatAs("Ade Okafor").submits(value).expectStatus(200).expectTextContaining("nothing to cancel");
		}

		@Test
		void fileAttachmentGoesToTheFileFeature() {
			chatAs("Ade Okafor").sendsFile("WhatsApp Chat with Ports.txt", connector.serviceUrl() + "files/1")
					.expectStatus(200).expectTextContaining("Reading your file");
		}
	}

	@Nested
	class BadInput {
		@Test
		void unknownVerbGetsAFriendlyReplyNotAnError() {
			String message = chatAs("Sam Lee").clicks("declaration.explode", JSON.createObjectNode())
					.expectStatus(200).invokeMessage();
			assertThat(message).contains("I don't recognise that button").contains("help");
		}

		@Test
		void unknownVerbOnASubmittedCardGetsAFriendlyReply() {
			chatAs("Sam Lee").submits(JSON.createObjectNode().put("verb", "nonsense")).expectStatus(200)
					.expectTextContaining("I don't recognise that button");
		}

		@Test
		void submittedDataWithoutAVerbIsExplained() {
			chatAs("Sam Lee").submits(JSON.createObjectNode().put("channel", "whatsapp")).expectStatus(200)
					.expectTextContaining("didn't say what it was for");
		}

		@Test
		void submittedValueThatIsNotAnObjectIsExplained() {
			BotConversation chat = chatAs("Sam Lee");
			ObjectNode activity = chat.activity("message");
			activity.put("value", "not an object");
			chat.post(activity).expectStatus(200).expectTextContaining("can't read");
		}

		@Test
		void malformedJsonIs400WithoutAStackTrace() {
			BotExchange exchange = chatAs("Sam Lee").postRaw("{\"type\": \"message\", \"text\": ", null);
			exchange.expectStatus(400);
			assertThat(exchange.body()).contains("not a valid activity").doesNotContain("Exception").doesNotContain("at org.");
			assertThat(exchange.replies()).isEmpty();
		}

		@Test
		void emptyBodyAndMissingTypeAre400() {
			BotConversation chat = chatAs("Sam Lee");
			chat.postRaw("", null).expectStatus(400);
			chat.postRaw("{\"text\":\"hello\"}", null).expectStatus(400);
			chat.postRaw("[1,2,3]", null).expectStatus(400);
		}

		@Test
		void wrongTypesInTheActivityAre400() {
			BotConversation chat = chatAs("Sam Lee");
			ObjectNode badTimestamp = chat.activity("message").put("text", "help").put("timestamp", "yesterday");
			chat.post(badTimestamp).expectStatus(400);
			ObjectNode badAttachments = chat.activity("message").put("attachments", "not a list");
			chat.post(badAttachments).expectStatus(400);
			ObjectNode noServiceUrl = chat.activity("message").put("text", "help");
			noServiceUrl.remove("serviceUrl");
			assertThat(chat.post(noServiceUrl).expectStatus(400).body()).contains("serviceUrl");
			assertThat(connector.requestCount()).isZero();
		}

		@Test
		void invokeWithoutAnActionIs400() {
			BotConversation chat = chatAs("Sam Lee");
			ObjectNode activity = chat.activity("invoke");
			activity.put("name", "adaptiveCard/action");
			activity.putObject("value");
			BotExchange exchange = chat.post(activity);
			assertThat(exchange.status()).isBetween(400, 499);
			assertThat(exchange.body()).doesNotContain("Exception");
		}

		@Test
		void emptyMessageGetsAHint() {
			chatAs("Sam Lee").says("   ").expectStatus(200).expectTextContaining("didn't find any text");
		}

		@Test
		void serviceUrlOutsideBotFrameworkIsRefusedAndNothingIsSent() {
			BotConversation chat = chatAs("Sam Lee");
			ObjectNode activity = chat.activity("message");
			activity.put("text", "help");
			activity.put("serviceUrl", "https://attacker.example.com/");
			BotExchange exchange = chat.post(activity).expectStatus(403);
			assertThat(exchange.body()).contains("serviceUrl");
			assertThat(connector.requestCount()).isZero();
		}
	}

	@Test
	void endpointAnswersAReachabilityCheck() throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/messages"))
				.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
		var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void connectorThrottlingIsRetriedAfterRetryAfter() {
		connector.failNextSends(1, 429, "1");
		long started = System.nanoTime();
		BotExchange exchange = chatAs("Jo Bloggs").says("help").expectStatus(200);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		assertThat(exchange.card().toString()).contains("What I can do");
		assertThat(connector.requestCount()).isEqualTo(2);
		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(950));
	}

	@Test
	void connectorUnavailableTwiceIsRetriedAndDelivered() {
		connector.failNextSends(2, 503, null);
		chatAs("Jo Bloggs").says("help").expectStatus(200).expectCardContaining("What I can do");
		assertThat(connector.requestCount()).isEqualTo(3);
	}

	private static java.util.List<String> verbsOf(JsonNode card) {
		java.util.List<String> verbs = new java.util.ArrayList<>();
		card.path("actions").forEach(action -> verbs.add(action.path("verb").asText()));
		return verbs;
	}

	private static java.util.List<String> commandsOf(JsonNode card) {
		java.util.List<String> commands = new java.util.ArrayList<>();
		card.path("actions").forEach(action -> commands.add(action.path("data").path("command").asText()));
		return commands;
	}
}
