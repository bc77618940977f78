package org.recordsassistant.nccc.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report of possible SECRET material reaches the IAO's own chat, with no content, through the event registry
 * and the notification outbox.
 */
class SecretReportEndToEndTests extends NotificationEndToEndTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void secretDeclarationNotifiesTheIaoInTheirChatWithoutContent() {
		BotConversation iao = chatAs(IAO_NAME);
		iao.installs().expectStatus(200);
		BotConversation declarant = chatAs("Sam Reporter");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		ObjectNode data = JSON.createObjectNode().put("submissionId", UUID.randomUUID().toString())
				.put("channel", "signal").put("account", "personal").put("device", "personal")
				.put("dateFrom", today.minusDays(1).toString()).put("dateTo", today.toString())
				.put("counterparties", "Operation Lighthouse cell").put("external", "false")
				.put("businessArea", "ports-policy").put("subject", "Lighthouse deployment plan")
				.put("significant", "decision").put("classification", "secret-or-above").put("personalData", "none")
				.put("reason", "No other way").put("disappearing", "true").put("transferred", "not-yet")
				.put("holds", "false");

		declarant.clicks("declaration.submit", data).expectStatus(200);

		JsonNode notice = await().atMost(Duration.ofSeconds(20)).until(() -> connector.sent().stream()
				.filter(activity -> activity.path("_path").asText().contains(iao.conversationId()))
				.filter(activity -> activity.toString().contains("Possible SECRET material"))
				// Other tests report to the same IAO: a reporter the directory does not know is named by object id.
				.filter(activity -> activity.toString().contains(declarant.aadObjectId())).findFirst().orElse(null),
				found -> found != null);
		assertThat(notice.toString()).doesNotContain("Lighthouse").doesNotContain("Operation");
		assertThat(connector.sent()).noneMatch(activity -> activity.path("_path").asText()
				.contains(declarant.conversationId()) && activity.toString().contains("Possible SECRET material"));
	}
}
