package org.recordsassistant.nccc.notification;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.transfer.intake.ZipBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

/** A chat filed in the records library tells the area's IAO, with counts and no content or file name. */
class FilingNoticeEndToEndTests extends NotificationEndToEndTest {
	private static final String CHAT = "[14/03/2024, 09:05:12] Priya Shah: Can we confirm option B?\n"
			+ "[14/03/2024, 09:06:40] Tom Reed: Agreed, option B. I'll tell the office.\n";

	@Test
	void aFiledRecordReachesTheAreasIaoWhoCanAskTheFilerForMore() throws Exception {
		BotConversation iao = chatAs(FAY);
		iao.installs().expectStatus(200);
		byte[] zip = new ZipBuilder().add("_chat.txt", CHAT).bytes();
		String path = "/files/" + UUID.randomUUID();
		connector.server().stubFor(get(path).willReturn(aResponse().withBody(zip)));
		BotConversation filer = chatAs("Dev Declarant");
		filer.installs();
		JsonNode preview = onlyCardTo(filer.sendsFile("WhatsApp Chat - Priya Shah.zip",
				connector.serviceUrl() + path.substring(1)), filer);
		ObjectNode confirm = dataFor(preview, "transfer.confirm").put("businessArea", FINANCE)
				.put("declaration", "none");
		String transferId = confirm.path("transferId").asText();

		filer.clicks("transfer.confirm", confirm).expectStatus(200);

		JsonNode card = awaitCard(iao, transferId);
		assertThat(card.toString()).contains("Record filed", FINANCE_LABEL, "Dev Declarant", "None linked")
				.doesNotContain("Priya Shah", "option B", ".zip");
		String notice = notificationFor(transferId);
		awaitStatus(notice, NotificationStatus.SENT);
		JsonNode iaoView = iao.clicks(NotificationCards.REFRESH, dataFor(card, NotificationCards.REFRESH)).invokeCard();
		ObjectNode ask = dataFor(iaoView, NotificationCards.REQUEST_INFO).put("comment", "Is there a declaration?");

		iao.clicks(NotificationCards.REQUEST_INFO, ask).expectStatus(200).invokeCard();

		assertThat(sentTo(filer)).anyMatch(activity -> activity.path("text").asText()
				.contains("the messages you filed in the records library"));
	}
}
