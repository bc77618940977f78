package org.recordsassistant.nccc.notification;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.graphconnector.FolderMailer;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.testing.CardChecks;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's objects on one database, wired as {@link NotificationConfiguration} wires them, with a fake
 * Teams: build two on one DataSource to act as two instances of the app.
 */
final class Outbox implements AutoCloseable {
	static final String AREA = "ports-policy";

	final JdbcClient jdbc;
	final NotificationRepository notifications;
	final FakeTeams teams;
	final NotificationDelivery delivery;
	final NotificationReminders reminders;
	final DeliveryProperties settings;
	private final ExecutorService lanes = Executors.newFixedThreadPool(4);

	Outbox(DataSource database, Clock clock, FakeTeams teams, Path mailFolder, Map<String, String> deliverySettings) {
		this.jdbc = JdbcClient.create(database);
		this.notifications = new NotificationRepository(jdbc);
		this.teams = teams;
		this.settings = bind("nccc.notification.delivery", deliverySettings, DeliveryProperties.class);
		NoticeViews views = new NoticeViews(notifications, key -> null, key -> List.of("8:orgid:" + key));
		EmailNotices email = new EmailNotices(StaticDirectory.of(List.of(
				new DirectoryUser("aad-iris", "Iris Owner", "iris@dept.gov.uk", null, null, null),
				new DirectoryUser("aad-dan", "Dan Deputy", "dan@dept.gov.uk", null, null, null)), Map.of()),
				FolderMailer.of(mailFolder), "https://teams.microsoft.com/l/chat/0/0?users=28:bot");
		this.delivery = new NotificationDelivery(notifications, teams, email, views, settings, clock, lanes);
		this.reminders = new NotificationReminders(notifications, teams, email, views,
				bind("nccc.notification.reminders", Map.of(), ReminderProperties.class), clock);
	}

	/** Settings as Spring binds them, defaults included. */
	static <T> T bind(String prefix, Map<String, String> values, Class<T> type) {
		Map<String, String> prefixed = new HashMap<>();
		values.forEach((key, value) -> prefixed.put(prefix + "." + key, value));
		return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate(prefix, Bindable.of(type));
	}

	String queue(String iao, String deputy, Instant at) {
		return notifications.queue(new Notification.New(NotificationKind.DECLARATION_SUBMITTED,
				"NCCC-2026-" + UUID.randomUUID().toString().substring(0, 8), 1, AREA, false, iao, deputy, "aad-priya",
				Summary.of("New declaration", null, "Business area", "Ports policy")), at).orElseThrow();
	}

	/** A notification that reached the IAO in Teams at {@code at}. */
	String delivered(String iao, String deputy, Instant at) {
		String id = queue(iao, deputy, at);
		String token = UUID.randomUUID().toString();
		notifications.claimDue(at, 1000, 1000, token, at.plus(Duration.ofMinutes(1)));
		notifications.markSent(id, token, DeliveryChannel.TEAMS, "conv-" + iao, "activity-" + id, at);
		return id;
	}

	Notification find(String id) {
		return notifications.find(id).orElseThrow();
	}

	int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Override
	public void close() {
		lanes.shutdownNow();
	}

	/** A Teams that records the cards it takes and fails as a test tells it to. */
	static final class FakeTeams implements CardSender {
		record Card(String userKey, String notificationId, String text) {
		}

		final List<Card> sent = new CopyOnWriteArrayList<>();
		final AtomicInteger calls = new AtomicInteger();
		volatile Function<String, Failure> failures = userKey -> null;

		@Override
		public Sent send(String userKey, ObjectNode card) {
			calls.incrementAndGet();
			Failure failure = failures.apply(userKey);
			if (failure != null) {
				throw failure;
			}
			CardChecks.assertValid(card);
			String id = card.at("/refresh/action/data/" + NotificationCards.NOTIFICATION_ID).asText();
			sent.add(new Card(userKey, id, card.toString()));
			return new Sent("conv-" + userKey, "activity-" + sent.size());
		}

		List<String> idsSentTo(String userKey) {
			List<String> ids = new ArrayList<>();
			sent.stream().filter(card -> card.userKey().equals(userKey)).forEach(card -> ids.add(card.notificationId()));
			return ids;
		}
	}
}
