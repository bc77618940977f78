package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the IAO routing, the {@code iao} overview with its register export, and the weekly digest from
 * plain objects, so tests can build the same pieces on any database.
 */
@Configuration(proxyBeanMethods = false)
class IaoOverviewConfiguration {
	private static final long SEND_TIMEOUT_SECONDS = 60;
	/** Exports are rare and each holds a CSV in memory: two at a time, a few more waiting, the rest refused. */
	private static final int EXPORT_THREADS = 2;
	private static final int EXPORTS_WAITING = 10;

	@Bean(destroyMethod = "close")
	IaoRouting iaoRouting(NotificationProperties settings, Directory directory) {
		return new IaoRouting(settings, directory);
	}

	@Bean
	OverviewRepository overviewRepository(JdbcClient jdbc) {
		return new OverviewRepository(jdbc);
	}

	@Bean(destroyMethod = "close")
	RegisterExport registerExport(DeclarationService declarations, Directory directory, Mailer mailer,
			ProactiveMessenger messenger, NotificationProperties settings) {
		AtomicInteger threads = new AtomicInteger();
		ThreadPoolExecutor executor = new ThreadPoolExecutor(EXPORT_THREADS, EXPORT_THREADS, 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(EXPORTS_WAITING), task -> {
					Thread thread = new Thread(task, "iao-export-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		executor.allowCoreThreadTimeOut(true);
		return new RegisterExport(declarations::exportCsv, directory, mailer,
				(userKey, text) -> messenger.sendText(userKey, text).orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS).join(),
				executor, settings.export());
	}

	@Bean
	IaoOverviewTurnHandler iaoOverviewTurnHandler(IaoRouting routing, OverviewRepository notices,
			DeclarationService declarations, RegisterExport export,
			ReminderProperties reminders, ObjectProvider<Clock> clock) {
		return new IaoOverviewTurnHandler(routing, notices, declarations, export, reminders.reminderDue(),
				clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	IaoDigest iaoDigest(IaoRouting routing, DeclarationService declarations, JdbcClient jdbc, OverviewRepository notices,
			ProactiveMessenger messenger, Directory directory, Mailer mailer, NotificationProperties settings,
			ReminderProperties reminders, ObjectProvider<Clock> clock) {
		return new IaoDigest(routing, declarations::businessAreas, notices, new DigestRepository(jdbc),
				new DigestDelivery(messenger, directory, mailer), settings.digest(), reminders.reminderDue(),
				clock.getIfUnique(Clock::systemUTC));
	}
}
