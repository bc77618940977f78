package org.recordsassistant.nccc.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.NcccBotApplication;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.FakeBotConnector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 notifications queued at once across {@code bench.iaos} IAOs, delivered through the real messenger
 * and HTTP to a fake connector that enforces Teams' per-conversation limits (7 a second, 60 in 30 seconds,
 * 429 with {@code Retry-After} beyond them). Two runs in one process: a baseline that only reacts to 429s,
 * then the outbox as configured (paced per conversation). Prints time, rate and 429s for each, and checks
 * that every notification went out exactly once.
 * <p>
 * Not part of the test run: {@code mvn -B -ntp -pl bot -Pbench verify -Dtest=NotificationBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Settings: {@code -Dbench.notices=1000 -Dbench.iaos=25}.
 */
@Tag("benchmark")
class NotificationBenchmark {
	private static final int NOTICES = Integer.getInteger("bench.notices", 1000);
	private static final int IAOS = Integer.getInteger("bench.iaos", 25);
	private static final Pattern NOTICE = Pattern.compile("Bench (\\w+) notice (\\d+)");

	@Test
	void aThousandNotificationsGoOutOnceWithinPerConversationLimits() throws Exception {
		Path data = Files.createTempDirectory("nccc-notify-bench");
		try (FakeBotConnector connector = new FakeBotConnector(false);
				// Arguments, not default properties: application.properties would win over those.
				ConfigurableApplicationContext context = new SpringApplicationBuilder(NcccBotApplication.class).run(
						"--server.address=127.0.0.1", "--server.port=0",
						"--spring.datasource.url=jdbc:h2:mem:notify-bench;DB_CLOSE_DELAY=-1",
						"--nccc.notification.delivery.enabled=false",
						"--nccc.records.local-root=" + data.resolve("records"),
						"--nccc.records.mail-folder=" + data.resolve("mail"),
						"--nccc.transfer.work-dir=" + data.resolve("work"),
						"--logging.level.org.recordsassistant=WARN", "--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			List<BotConversation> iaos = new ArrayList<>();
			for (int i = 0; i < IAOS; i++) {
				BotConversation iao = BotConversation.as(port, connector, "Bench IAO " + i);
				iao.installs().expectStatus(200);
				iaos.add(iao);
			}
			Run warmUp = run(context, connector, iaos, "warmup", 200, Map.of());
			Run baseline = run(context, connector, iaos, "baseline", NOTICES, Map.of("rate-limit.enabled", "false"));
			Run paced = run(context, connector, iaos, "paced", NOTICES, Map.of());

			System.out.printf(Locale.ROOT, "%nNotification delivery: %d notices, %d IAOs, fake connector limit 7/s and "
					+ "60/30s per conversation (warm-up: %d notices in %d ms)%n", NOTICES, IAOS, warmUp.notices(),
					warmUp.elapsed().toMillis());
			for (Run run : List.of(baseline, paced)) {
				System.out.printf(Locale.ROOT, "  %-8s %6d ms  %7.1f notices/s  %5d x 429  %5d connector calls%n",
						run.name(), run.elapsed().toMillis(), run.rate(), run.throttled(), run.calls());
			}
			System.out.printf(Locale.ROOT, "  paced vs baseline: %.2fx the time, %d fewer 429s%n%n",
					(double) paced.elapsed().toMillis() / Math.max(1, baseline.elapsed().toMillis()),
					baseline.throttled() - paced.throttled());
		}
	}

	private record Run(String name, int notices, Duration elapsed, int throttled, int calls) {
		double rate() {
			return notices * 1000.0 / Math.max(1, elapsed.toMillis());
		}
	}

	private static Run run(ConfigurableApplicationContext context, FakeBotConnector connector,
			List<BotConversation> iaos, String name, int notices, Map<String, String> settings) throws Exception {
		NotificationRepository notifications = context.getBean(NotificationRepository.class);
		ExecutorService lanes = Executors.newFixedThreadPool(8);
		NotificationDelivery delivery = new NotificationDelivery(notifications, context.getBean(TeamsCardSender.class),
				context.getBean(EmailNotices.class), context.getBean(NoticeViews.class),
				Outbox.bind("nccc.notification.delivery", settings, DeliveryProperties.class), Clock.systemUTC(), lanes);
		try {
			connector.reset();
			connector.rateLimitPerConversation(7, 60);
			Instant queuedAt = Instant.now();
			for (int i = 0; i < notices; i++) {
				String title = "Bench " + name + " notice " + i;
				notifications.queue(new Notification.New(NotificationKind.RECORD_FILED, name + "-" + i, 1, "finance",
						false, iaos.get(i % iaos.size()).aadObjectId(), null, null,
						Summary.of(title, null, "Transfer", name + "-" + i)), queuedAt);
			}
			long start = System.nanoTime();
			while (queued(context, name) > 0) {
				if (delivery.deliverDue() == 0) {
					Thread.sleep(Math.max(5, Math.min(200, delivery.untilNextDue().toMillis())));
				}
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

			Map<Integer, Integer> delivered = new HashMap<>();
			for (JsonNode sent : connector.sent()) {
				Matcher matcher = NOTICE.matcher(sent.toString());
				if (matcher.find() && matcher.group(1).equals(name)) {
					delivered.merge(Integer.parseInt(matcher.group(2)), 1, Integer::sum);
				}
			}
			assertThat(delivered).as("%s: notices delivered", name).hasSize(notices)
					.allSatisfy((notice, times) -> assertThat(times).as("times notice %d went out", notice).isEqualTo(1));
			assertThat(context.getBean(JdbcClient.class)
					.sql("SELECT COUNT(*) FROM iao_notification WHERE subject_ref LIKE ? AND status <> 'SENT'")
					.param(name + "-%").query(Integer.class).single()).isZero();
			return new Run(name, notices, elapsed, connector.throttledCount(), connector.requestCount());
		} finally {
			lanes.shutdownNow();
		}
	}

	private static int queued(ConfigurableApplicationContext context, String name) {
		return context.getBean(JdbcClient.class)
				.sql("SELECT COUNT(*) FROM iao_notification WHERE subject_ref LIKE ? AND status = 'QUEUED'")
				.param(name + "-%").query(Integer.class).single();
	}
}
