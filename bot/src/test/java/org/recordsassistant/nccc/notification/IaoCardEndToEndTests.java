package org.recordsassistant.nccc.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IAO cards through real HTTP: a declaration reaches its area's IAO (not the declarant), each viewer's refresh
 * gets their own view, acknowledging updates the card for everyone once, others are refused, and a question
 * reaches the declarant and is recorded.
 */
class IaoCardEndToEndTests extends NotificationEndToEndTest {
	private static final Pattern REFERENCE = Pattern.compile("NCCC-\\d{4}-\\d{6}");

	private record Declared(String reference, String notificationId, JsonNode card, BotConversation declarant,
			BotConversation iao, BotConversation deputy) {
	}

	private Declared declareInFinance(String declarantName) {
		BotConversation iao = chatAs(FAY);
		iao.installs().expectStatus(200);
		BotConversation deputy = chatAs(DAN);
		deputy.installs().expectStatus(200);
		BotConversation declarant = chatAs(declarantName);
		String reply = declarant.clicks("declaration.submit", declaration(FINANCE)).expectStatus(200).invokeCard()
				.toString();
		Matcher matcher = REFERENCE.matcher(reply);
		assertThat(matcher.find()).as("a reference in %s", reply).isTrue();
		String reference = matcher.group();
		JsonNode card = awaitCard(iao, "New declaration " + reference);
		return new Declared(reference, notificationFor(reference), card, declarant, iao, deputy);
	}

	@Test
	void aDeclarationReachesTheAreasIaoAsAReadOnlyCardThatRefreshesForTheIaoAndDeputy() {
		Declared d = declareInFinance("Dev Declarant");

		assertThat(d.card().toString()).contains(FINANCE_LABEL, "Dev Declarant", "WhatsApp", "Decision")
				.doesNotContain("Berth allocation", "Harbour master", "Only WhatsApp worked at sea");
		assertThat(d.card().has("actions")).as("the card everyone sees has no buttons").isFalse();
		JsonNode refresh = d.card().path("refresh");
		assertThat(refresh.path("action").path("verb").asText()).isEqualTo(NotificationCards.REFRESH);
		assertThat(refresh.path("userIds")).extracting(JsonNode::asText).contains(
				"8:orgid:" + d.iao().aadObjectId(), "29:user-" + d.iao().aadObjectId(),
				"8:orgid:" + d.deputy().aadObjectId(), "29:user-" + d.deputy().aadObjectId());
		assertThat(sentTo(d.declarant())).noneMatch(activity -> activity.toString().contains("New declaration"));

		Notification stored = awaitStatus(d.notificationId(), NotificationStatus.SENT);
		assertThat(stored.channel()).isEqualTo(DeliveryChannel.TEAMS);
		assertThat(stored.activityId()).isNotBlank();
		assertThat(stored.conversationKey()).isEqualTo(d.iao().conversationId());
		assertThat(stored.summary().title()).isEqualTo("New declaration " + d.reference());
	}

	@Test
	void refreshGivesTheIaoAndDeputyTheButtonsAndAnyoneElseExactlyTheReadOnlyCard() {
		Declared d = declareInFinance("Dev Declarant");
		awaitStatus(d.notificationId(), NotificationStatus.SENT);
		ObjectNode refresh = dataFor(d.card(), NotificationCards.REFRESH);

		JsonNode iaoView = d.iao().clicks(NotificationCards.REFRESH, refresh).expectStatus(200).invokeCard();
		JsonNode deputyView = d.deputy().clicks(NotificationCards.REFRESH, refresh).expectStatus(200).invokeCard();
		JsonNode outsiderView = chatAs("Olly Outsider").clicks(NotificationCards.REFRESH, refresh).expectStatus(200)
				.invokeCard();

		for (JsonNode view : List.of(iaoView, deputyView)) {
			assertThat(view.path("actions")).extracting(action -> action.path("title").asText())
					.containsExactly("Acknowledge", "Request information");
			assertThat(dataFor(view, NotificationCards.REQUEST_INFO).path(NotificationCards.REQUEST_ID).asText())
					.isNotBlank();
			assertThat(view.toString()).contains("\"id\":\"comment\"");
		}
		assertThat(outsiderView).as("a non-IAO gets the card everyone sees, with no buttons").isEqualTo(d.card());
		assertThat(outsiderView.toString()).doesNotContain(NotificationCards.ACKNOWLEDGE, NotificationCards.REQUEST_INFO,
				"Input.Text");
	}

	@Test
	void theIaosAcknowledgementUpdatesTheCardForEveryoneAndASecondClickChangesNothing() {
		Declared d = declareInFinance("Dev Declarant");
		String activityId = awaitStatus(d.notificationId(), NotificationStatus.SENT).activityId();
		JsonNode iaoView = d.iao().clicks(NotificationCards.REFRESH, dataFor(d.card(), NotificationCards.REFRESH))
				.invokeCard();
		ObjectNode acknowledge = dataFor(iaoView, NotificationCards.ACKNOWLEDGE);

		var first = d.iao().clicks(NotificationCards.ACKNOWLEDGE, acknowledge).expectStatus(200);

		JsonNode done = first.invokeCard();
		assertThat(done.toString()).containsPattern("Acknowledged by Fay Finance at \\d\\d:\\d\\d on ");
		assertThat(done.has("actions")).isFalse();
		assertThat(done.has("refresh")).as("an acknowledged card is final for everyone").isFalse();
		List<JsonNode> updates = first.replies().stream().filter(reply -> "PUT".equals(reply.path("_method").asText()))
				.toList();
		assertThat(updates).hasSize(1);
		assertThat(URLDecoder.decode(updates.get(0).path("_path").asText(), StandardCharsets.UTF_8))
				.isEqualTo("/v3/conversations/" + d.iao().conversationId() + "/activities/" + activityId);
		assertThat(cardIn(updates.get(0))).isEqualTo(done);
		Notification stored = notifications.find(d.notificationId()).orElseThrow();
		assertThat(stored.status()).isEqualTo(NotificationStatus.ACKNOWLEDGED);
		assertThat(stored.acknowledgedBy()).isEqualTo(d.iao().aadObjectId());
		assertThat(actions(d.notificationId(), NoticeViews.ACKNOWLEDGED)).isEqualTo(1);

		var again = d.deputy().clicks(NotificationCards.ACKNOWLEDGE, acknowledge).expectStatus(200);

		assertThat(again.invokeCard().toString()).contains("Acknowledged by Fay Finance at");
		assertThat(again.replies()).noneMatch(reply -> "PUT".equals(reply.path("_method").asText()));
		assertThat(actions(d.notificationId(), NoticeViews.ACKNOWLEDGED)).isEqualTo(1);
		assertThat(notifications.find(d.notificationId()).orElseThrow().acknowledgedBy())
				.isEqualTo(d.iao().aadObjectId());
	}

	@Test
	void someoneElsesAcknowledgementIsRefusedPolitelyAndNothingChanges() {
		Declared d = declareInFinance("Dev Declarant");
		awaitStatus(d.notificationId(), NotificationStatus.SENT);
		ObjectNode acknowledge = dataFor(d.iao().clicks(NotificationCards.REFRESH,
				dataFor(d.card(), NotificationCards.REFRESH)).invokeCard(), NotificationCards.ACKNOWLEDGE);

		var outsider = chatAs("Olly Outsider").clicks(NotificationCards.ACKNOWLEDGE, acknowledge).expectStatus(200);
		var declarant = d.declarant().clicks(NotificationCards.ACKNOWLEDGE, acknowledge).expectStatus(200);

		assertThat(outsider.invokeMessage()).isEqualTo(NotificationTurnHandler.NOT_YOURS);
		assertThat(declarant.invokeMessage()).isEqualTo(NotificationTurnHandler.NOT_YOURS);
		assertThat(notifications.find(d.notificationId()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
		assertThat(actions(d.notificationId(), NoticeViews.ACKNOWLEDGED)).isZero();
		assertThat(chatAs("Olly Outsider").clicks(NotificationCards.ACKNOWLEDGE,
				acknowledge.deepCopy().put(NotificationCards.NOTIFICATION_ID, "no-such-notice")).invokeMessage())
				.isEqualTo(NotificationTurnHandler.UNKNOWN);
	}

	@Test
	void requestInfoReachesTheDeclarantInTheirChatIsRecordedAndIsRelayedOnceWhenReplayed() {
		Declared d = declareInFinance("Dev Declarant");
		awaitStatus(d.notificationId(), NotificationStatus.SENT);
		JsonNode iaoView = d.iao().clicks(NotificationCards.REFRESH, dataFor(d.card(), NotificationCards.REFRESH))
				.invokeCard();
		ObjectNode ask = dataFor(iaoView, NotificationCards.REQUEST_INFO);

		assertThat(d.iao().clicks(NotificationCards.REQUEST_INFO, ask.deepCopy().put("comment", "   ")).invokeMessage())
				.isEqualTo(IaoActions.EMPTY_COMMENT);
		assertThat(d.iao().clicks(NotificationCards.REQUEST_INFO, ask.deepCopy().put("comment", "x".repeat(2001)))
				.invokeMessage()).isEqualTo(IaoActions.TOO_LONG);
		ObjectNode question = ask.deepCopy().put("comment", "Which supplier was this with? *Urgent*");
		var asked = d.iao().clicks(NotificationCards.REQUEST_INFO, question).expectStatus(200);

		assertThat(asked.invokeCard().toString()).contains("Information requested by Fay Finance at", "Acknowledge");
		List<String> relayed = sentTo(d.declarant()).stream().map(activity -> activity.path("text").asText())
				.filter(text -> text.contains("Which supplier was this with?")).toList();
		assertThat(relayed).hasSize(1);
		assertThat(relayed.get(0)).contains("**Fay Finance**", FINANCE_LABEL, d.reference(), "\\*Urgent\\*");
		assertThat(sentTo(d.iao())).anyMatch(activity -> "PUT".equals(activity.path("_method").asText())
				&& activity.toString().contains("Information requested by Fay Finance"));
		assertThat(jdbc.sql("SELECT comment FROM iao_notification_action WHERE notification_id = ? AND action = ?")
				.params(d.notificationId(), NoticeViews.INFO_REQUESTED).query(String.class).list())
				.containsExactly("Which supplier was this with? *Urgent*");

		d.iao().clicks(NotificationCards.REQUEST_INFO, question).expectStatus(200).invokeCard();

		assertThat(sentTo(d.declarant())).filteredOn(activity -> activity.toString().contains("Which supplier"))
				.hasSize(1);
		assertThat(actions(d.notificationId(), NoticeViews.INFO_REQUESTED)).isEqualTo(1);
		assertThat(notifications.find(d.notificationId()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
	}

	@Test
	void anAmendmentNotifiesTheIaoAgainAsItsOwnNotice() {
		Declared d = declareInFinance("Dev Declarant");
		JsonNode amendCard = d.declarant().clicks("declaration.amend",
				declaration(FINANCE).put("reference", d.reference()).removeAll()
						.put("reference", d.reference())).invokeCard();
		ObjectNode amended = declaration(FINANCE).put("reference", d.reference()).put("transferred", "yes")
				.put("submissionId", amendCard.at("/actions/0/data/submissionId").asText());
		assertThat(d.declarant().clicks("declaration.amend", amended).invokeCard().toString()).contains("version 2");

		JsonNode card = awaitCard(d.iao(), "Declaration " + d.reference() + " amended (version 2)");

		assertThat(card.toString()).contains("Transferred").doesNotContain("Berth allocation");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM iao_notification WHERE subject_ref = ?").param(d.reference())
				.query(Integer.class).single()).isEqualTo(2);
	}
}
