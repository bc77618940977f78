package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.FakeBotConnector;
import org.recordsassistant.nccc.transfer.intake.ZipBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation the filing tests need, through {@code /api/messages} and the contract's verbs and input ids:
 * declare, send an export, confirm it; and what the bot later sent to a user.
 */
final class FilingScript {
	static final String CHAT = "[14/03/2024, 09:05:12] Priya Shah: Can we confirm option B?\n"
			+ "[14/03/2024, 09:06:40] Tom Reed: Agreed, option B. I'll tell the office.\n"
			+ "[14/03/2024, 09:07:02] Tom Reed: \u200E<attached: 00000017-PHOTO-2024-03-14-09-07-02.jpg>\n";
	static final byte[] PHOTO = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9, 8, 7, 6 };
	static final String RECEIPT = "Filed in the records library";
	private static final Pattern REFERENCE = Pattern.compile("NCCC-\\d{4}-\\d{6}");

	private FilingScript() {
	}

	/** A WhatsApp export with one photo. */
	static byte[] whatsAppZip() {
		try {
			return new ZipBuilder().add("_chat.txt", CHAT).add("00000017-PHOTO-2024-03-14-09-07-02.jpg", PHOTO).bytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Submits a complete declaration card; returns its reference. */
	static String declare(BotConversation chat) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		ObjectNode data = JsonNodeFactory.instance.objectNode().put("submissionId", UUID.randomUUID().toString())
				.put("channel", "whatsapp").put("account", "personal").put("device", "personal")
				.put("dateFrom", today.minusDays(2).toString()).put("dateTo", today.toString())
				.put("counterparties", "Harbour master").put("external", "true").put("businessArea", "ports-policy")
				.put("subject", "Berth allocation").put("significant", "decision").put("classification", "official")
				.put("personalData", "none").put("reason", "Only WhatsApp worked at sea").put("disappearing", "false")
				.put("transferred", "not-yet").put("holds", "false");
		String reply = chat.clicks("declaration.submit", data).expectStatus(200).invokeCard().toString();
		Matcher matcher = REFERENCE.matcher(reply);
		assertThat(matcher.find()).as("a reference in %s", reply).isTrue();
		return matcher.group();
	}

	/** Sends a file served by the fake connector; returns the preview (or file-as-is) card's confirm data. */
	static ObjectNode send(BotConversation chat, FakeBotConnector connector, String fileName, byte[] bytes) {
		String path = "/files/" + UUID.randomUUID();
		connector.server().stubFor(get(path).willReturn(aResponse().withBody(bytes)));
		BotExchange preview = chat.sendsFile(fileName, connector.serviceUrl() + path.substring(1));
		for (JsonNode card : preview.cards()) {
			for (JsonNode action : card.path("actions")) {
				if ("transfer.confirm".equals(action.path("verb").asText())) {
					return ((ObjectNode) action.path("data")).deepCopy().put("businessArea", "ports-policy")
							.put("declaration", "none");
				}
			}
		}
		throw new AssertionError("no transfer.confirm button in " + preview.replies());
	}

	/** Confirms, filed against {@code declarationReference} (null for none); returns the transfer id. */
	static String confirm(BotConversation chat, ObjectNode data, String declarationReference) {
		if (declarationReference != null) {
			data.put("declaration", "reference").put("declarationReference", declarationReference);
		}
		chat.clicks("transfer.confirm", data).expectStatus(200);
		return data.path("transferId").asText();
	}

	/** Every activity the bot sent into this user's chat, oldest first. */
	static List<JsonNode> sentTo(FakeBotConnector connector, BotConversation chat) {
		return connector.sent().stream()
				.filter(sent -> sent.path("_path").asText().contains(chat.conversationId())).toList();
	}

	static List<String> textsTo(FakeBotConnector connector, BotConversation chat) {
		return sentTo(connector, chat).stream().filter(sent -> sent.hasNonNull("text"))
				.map(sent -> sent.get("text").asText()).toList();
	}

	static long receiptsTo(FakeBotConnector connector, BotConversation chat) {
		return sentTo(connector, chat).stream().filter(sent -> sent.toString().contains(RECEIPT)).count();
	}
}
