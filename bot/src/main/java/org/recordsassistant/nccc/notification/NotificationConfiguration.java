package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.microsoft.bot.schema.ChannelAccount;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.TeamsAppInstaller;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.teams.ConversationReferences;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.transfer.TransferService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the outbox, its delivery loop, reminders and the card verbs from plain objects, as tests build them. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	/** A {@link Clock} bean from the context when there is exactly one (tests move time), else the system clock. */
	@Bean
	NotificationClock notificationClock(ObjectProvider<Clock> clock) {
		return new NotificationClock(clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	NotificationRepository notificationRepository(JdbcClient jdbc) {
		return new NotificationRepository(jdbc);
	}

	@Bean
	NoticeViews noticeViews(NotificationRepository notifications, IaoRouting routing,
			ConversationReferences references) {
		return new NoticeViews(notifications, displayNames(routing), teamsIds(references));
	}

	@Bean
	EmailNotices emailNotices(Directory directory, Mailer mailer, DeliveryProperties delivery) {
		return new EmailNotices(directory, mailer, delivery.chatLink());
	}

	@Bean
	TeamsCardSender notificationCardSender(ProactiveMessenger messenger, ConversationOpening opening,
			ObjectProvider<TeamsAppInstaller> installer, DeliveryProperties delivery) {
		return new TeamsCardSender(messenger, opening, installer.getIfAvailable(() -> TeamsAppInstaller.NONE),
				delivery.sendTimeout());
	}

	@Bean
	DeliveryLoop notificationDeliveryLoop(NotificationRepository notifications, TeamsCardSender teams,
			EmailNotices email, NoticeViews views, DeliveryProperties delivery, NotificationClock clock) {
		ExecutorService lanes = Executors.newFixedThreadPool(Math.max(1, delivery.parallelism()),
				daemonThreads("iao-notification-lane-"));
		NotificationDelivery worker = new NotificationDelivery(notifications, teams, email, views, delivery,
				clock.clock(), lanes);
		return new DeliveryLoop(worker, lanes, delivery.enabled());
	}

	@Bean
	NotificationReminders notificationReminders(NotificationRepository notifications, TeamsCardSender teams,
			EmailNotices email, NoticeViews views, ReminderProperties reminders, NotificationClock clock) {
		return new NotificationReminders(notifications, teams, email, views, reminders, clock.clock());
	}

	@Bean
	NoticeSummaries noticeSummaries(DeclarationService declarations, TransferService transfers, IaoRouting routing) {
		return new NoticeSummaries(declarations::summary, transfers::find, area -> declarations.businessAreas().get(area),
				displayNames(routing));
	}

	@Bean
	IaoNotifier iaoNotifier(NotificationRepository notifications, NoticeSummaries summaries, IaoRouting routing,
			DeliveryLoop loop, NotificationClock clock) {
		return new IaoNotifier(notifications, summaries, routing::route, loop::wakeAfterCommit, clock.clock());
	}

	@Bean
	NotificationTurnHandler notificationTurnHandler(NotificationRepository notifications, NoticeViews views,
			ProactiveMessenger messenger, EmailNotices email, PlatformTransactionManager transactions,
			NoticeSummaries summaries, IaoRouting routing, NotificationClock clock) {
		IaoActions actions = new IaoActions(notifications, views, messenger, email,
				new TransactionTemplate(transactions), summaries::areaLabel, clock.clock());
		return new NotificationTurnHandler(notifications, views, actions, routing::route);
	}

	/**
	 * The directory's display name, or null: through the routing's lookup, which waits no longer than a routing
	 * decision would, so a directory that is slow or down neither stops a notice nor holds up a card click.
	 */
	static Function<String, String> displayNames(IaoRouting routing) {
		return userKey -> routing.nameOf(userKey).orElse(null);
	}

	/**
	 * The ids a Teams client may know someone by, for {@code refresh.userIds}: the Teams MRI built from the
	 * Entra object id ({@code 8:orgid:...}), and the bot-scoped {@code 29:} id from their chat with the bot
	 * when there is one (the id Microsoft's samples use). Teams ignores ids that match nobody.
	 */
	static Function<String, List<String>> teamsIds(ConversationReferences references) {
		return userKey -> {
			List<String> ids = new ArrayList<>();
			ids.add("8:orgid:" + userKey);
			references.find(userKey).map(reference -> reference.getUser()).map(ChannelAccount::getId)
					.filter(id -> id.startsWith("29:")).ifPresent(ids::add);
			return ids;
		};
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Holds the clock the feature uses without publishing a second {@link Clock} bean to other features. */
	record NotificationClock(Clock clock) {
	}
}
