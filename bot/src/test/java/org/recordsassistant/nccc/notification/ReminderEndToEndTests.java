package org.recordsassistant.nccc.notification;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unacknowledged card, days later on a moved clock: the IAO gets a reminder in their chat, the deputy gets
 * the card in theirs, and the deputy can acknowledge it there, which updates the IAO's card too.
 */
class ReminderEndToEndTests extends NotificationEndToEndTest {
	private static final Pattern REFERENCE = Pattern.compile("NCCC-\\d{4}-\\d{6}");

	@Autowired
	NotificationReminders reminders;

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void anUnacknowledgedCardIsRemindedThenEscalatedToTheDeputyWhoCanActOnIt() {
		BotConversation iao = chatAs(FAY);
		iao.installs().expectStatus(200);
		BotConversation deputy = chatAs(DAN);
		deputy.installs().expectStatus(200);
		Matcher reference = REFERENCE.matcher(chatAs("Dev Declarant").clicks("declaration.submit", declaration(FINANCE))
				.invokeCard().toString());
		assertThat(reference.find()).isTrue();
		awaitCard(iao, "New declaration " + reference.group());
		String id = notificationFor(reference.group());
		String originalCard = awaitStatus(id, NotificationStatus.SENT).activityId();

		clock.advance(Duration.ofDays(8));
		reminders.sendDue();

		// Notices from other tests in this context may be reminded too: find this one's.
		JsonNode reminder = awaitCard(iao, "Reminder: this has not been acknowledged yet", reference.group());
		assertThat(reminder.has("actions")).isFalse();
		JsonNode escalation = awaitCard(deputy, "Escalated to you as deputy", reference.group());
		assertThat(escalation.has("actions")).isFalse();
		JsonNode deputyView = deputy.clicks(NotificationCards.REFRESH, dataFor(escalation, NotificationCards.REFRESH))
				.expectStatus(200).invokeCard();
		assertThat(deputyView.toString()).contains("Escalated to you as deputy", "Acknowledge");

		var acknowledged = deputy.clicks(NotificationCards.ACKNOWLEDGE,
				dataFor(deputyView, NotificationCards.ACKNOWLEDGE)).expectStatus(200);

		assertThat(acknowledged.invokeCard().toString()).contains("Acknowledged by Dan Deputy at")
				.doesNotContain("Escalated");
		assertThat(sentTo(iao)).anyMatch(activity -> "PUT".equals(activity.path("_method").asText())
				&& activity.path("_path").asText().endsWith("/activities/" + originalCard)
				&& activity.toString().contains("Acknowledged by Dan Deputy"));
		assertThat(notifications.find(id).orElseThrow().acknowledgedBy()).isEqualTo(deputy.aadObjectId());
		assertThat(actions(id, NoticeViews.REMINDED)).isEqualTo(1);
		assertThat(actions(id, NoticeViews.ESCALATED)).isEqualTo(1);

		reminders.sendDue();
		assertThat(actions(id, NoticeViews.REMINDED) + actions(id, NoticeViews.ESCALATED)).isEqualTo(2);
	}
}
