package org.recordsassistant.nccc.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.NcccBotApplication;
import org.recordsassistant.nccc.teams.spi.FreeTextHandler;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.FakeBotConnector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load benchmark for {@code /api/messages}: N concurrent conversations against the fake connector,
 * first for our bot, then for a plain echo bot on the same stack (same hosting, routing, state), in
 * the same JVM, alternating rounds so machine noise hits both. Prints turns/s and p50/p99 server
 * time (measured by a servlet filter around the request) and the ratio of the two. Then a paced phase
 * offers a fixed load below saturation ({@code -Dbench.rate}, default half the echo bot's best) and
 * prints the latency each bot gives at that load.
 * <p>
 * Not part of the test run: {@code mvn -pl bot -am -Pbench verify} (see README). Settings:
 * {@code -Dbench.conversations=32 -Dbench.turns=25 -Dbench.rounds=3 -Dbench.workload=help|guidance}.
 */
@Tag("benchmark")
class LoadBenchmark {
	private static final int CONVERSATIONS = Integer.getInteger("bench.conversations", 32);
	private static final int TURNS = Integer.getInteger("bench.turns", 25);
	private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
	private static final String WORKLOAD = System.getProperty("bench.workload", "help");
	/** Turns per warm-up conversation: enough for the JIT to compile the hot path before measuring. */
	private static final int WARM_UP_TURNS = Integer.getInteger("bench.warmup", 150);
	/**
	 * The paced phase's offered load in turns/s; 0 = half the echo bot's best. Latency is only meaningful
	 * below saturation: at full speed server time is mostly queueing, set by how many conversations push.
	 */
	private static final double PACED_RATE = Double.parseDouble(System.getProperty("bench.rate", "0"));
	private static final int PACED_CONVERSATIONS = Integer.getInteger("bench.paced.conversations", 8);
	private static final int PACED_TURNS = Integer.getInteger("bench.paced.turns", 100);

	private static final List<String> HELP = List.of("help");
	private static final List<String> GUIDANCE = List.of("can i use whatsapp to talk to a supplier",
			"im a spad does this apply to me", "how do i get my chats off my phone",
			"are whatsapp messages covered by foi", "what if the messages disappear", "what is an IAO",
			"do i need to keep logistical messages", "can secret information go on signal");

	@Test
	void ourBotAgainstAnEchoBot() throws Exception {
		List<String> messages = "guidance".equals(WORKLOAD) ? GUIDANCE : HELP;
		try (FakeBotConnector connector = new FakeBotConnector(false);
				ConfigurableApplicationContext ours = start("bench-ours", false);
				ConfigurableApplicationContext echo = start("bench-echo", true)) {
			Result oursBest = null;
			Result echoBest = null;
			warmUp(ours, connector, messages);
			warmUp(echo, connector, messages);
			for (int round = 1; round <= ROUNDS; round++) {
				Result o = run("ours", ours, connector, messages);
				Result e = run("echo", echo, connector, messages);
				System.out.println("round " + round + ": " + o + " | " + e);
				oursBest = oursBest == null || o.turnsPerSecond > oursBest.turnsPerSecond ? o : oursBest;
				echoBest = echoBest == null || e.turnsPerSecond > echoBest.turnsPerSecond ? e : echoBest;
			}
			double ratio = oursBest.turnsPerSecond / echoBest.turnsPerSecond;
			double rate = PACED_RATE > 0 ? PACED_RATE : echoBest.turnsPerSecond / 2;
			List<Result> oursPacedRounds = new ArrayList<>();
			List<Result> echoPacedRounds = new ArrayList<>();
			for (int round = 1; round <= ROUNDS; round++) {
				Result o = runPaced("ours", ours, connector, messages, rate);
				Result e = runPaced("echo", echo, connector, messages, rate);
				System.out.println("paced round " + round + ": " + o + " | " + e);
				oursPacedRounds.add(o);
				echoPacedRounds.add(e);
			}
			Result oursPaced = medianByP99(oursPacedRounds);
			Result echoPaced = medianByP99(echoPacedRounds);
			System.out.printf(Locale.ROOT, "%nBENCHMARK workload=%s conversations=%d turns/conversation=%d rounds=%d%n",
					WORKLOAD, CONVERSATIONS, TURNS, ROUNDS);
			System.out.println("BENCHMARK ours: " + oursBest);
			System.out.println("BENCHMARK echo: " + echoBest);
			System.out.printf(Locale.ROOT, "BENCHMARK ratio ours/echo turns/s: %.2f%n", ratio);
			System.out.printf(Locale.ROOT, "BENCHMARK paced at %.0f turns/s offered, %d conversations, %d turns each "
					+ "(the round with the median p99 of %d)%n", rate, PACED_CONVERSATIONS, PACED_TURNS, ROUNDS);
			System.out.println("BENCHMARK paced ours: " + oursPaced);
			System.out.println("BENCHMARK paced echo: " + echoPaced);
			assertThat(oursBest.turns).isEqualTo(CONVERSATIONS * TURNS);
			assertThat(oursPaced.turns).isEqualTo(PACED_CONVERSATIONS * PACED_TURNS);
		}
	}

	private static ConfigurableApplicationContext start(String name, boolean echo) {
		List<Class<?>> sources = new ArrayList<>(List.of(NcccBotApplication.class, Timing.class));
		if (echo) {
			sources.add(EchoBot.class);
		}
		return new SpringApplicationBuilder(sources.toArray(Class[]::new)).run(
				"--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN");
	}

	private static void warmUp(ConfigurableApplicationContext app, FakeBotConnector connector, List<String> messages)
			throws Exception {
		drive(app, connector, messages, Math.min(CONVERSATIONS, 8), WARM_UP_TURNS, 0);
	}

	/** Each conversation sends on a fixed schedule, whatever the replies' speed, so the load is what is offered. */
	private static Result runPaced(String label, ConfigurableApplicationContext app, FakeBotConnector connector,
			List<String> messages, double turnsPerSecond) throws Exception {
		ServerTimes times = app.getBean(ServerTimes.class);
		times.clear();
		connector.reset();
		long interval = (long) (PACED_CONVERSATIONS * 1e9 / turnsPerSecond);
		long started = System.nanoTime();
		int turns = drive(app, connector, messages, PACED_CONVERSATIONS, PACED_TURNS, interval);
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] sorted = times.sorted();
		return new Result(label, turns, turns / seconds, percentile(sorted, 50), percentile(sorted, 99));
	}

	private static Result run(String label, ConfigurableApplicationContext app, FakeBotConnector connector,
			List<String> messages) throws Exception {
		ServerTimes times = app.getBean(ServerTimes.class);
		times.clear();
		connector.reset();
		long started = System.nanoTime();
		int turns = drive(app, connector, messages, CONVERSATIONS, TURNS, 0);
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(connector.requestCount()).as("every turn sent a reply").isGreaterThanOrEqualTo(turns);
		long[] sorted = times.sorted();
		return new Result(label, turns, turns / seconds, percentile(sorted, 50), percentile(sorted, 99));
	}

	private static int drive(ConfigurableApplicationContext app, FakeBotConnector connector, List<String> messages,
			int conversations, int turns, long intervalNanos) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		ExecutorService pool = Executors.newFixedThreadPool(conversations);
		List<Future<Integer>> futures = new ArrayList<>();
		for (int c = 0; c < conversations; c++) {
			BotConversation chat = BotConversation.as(port, connector, "Bench User " + c);
			int offset = c;
			long firstTurn = System.nanoTime() + intervalNanos * c / conversations;
			futures.add(pool.submit((Callable<Integer>) () -> {
				int ok = 0;
				for (int t = 0; t < turns; t++) {
					long due = firstTurn + t * intervalNanos;
					while (intervalNanos > 0 && System.nanoTime() < due) {
						LockSupport.parkNanos(due - System.nanoTime());
					}
					if (chat.saysQuickly(messages.get((offset + t) % messages.size())) == 200) {
						ok++;
					}
				}
				return ok;
			}));
		}
		int ok = 0;
		for (Future<Integer> future : futures) {
			ok += future.get();
		}
		pool.shutdown();
		return ok;
	}

	private static Result medianByP99(List<Result> rounds) {
		List<Result> sorted = new ArrayList<>(rounds);
		sorted.sort((a, b) -> Double.compare(a.p99Millis, b.p99Millis));
		return sorted.get(sorted.size() / 2);
	}

	private static double percentile(long[] sortedNanos, int p) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
	}

	record Result(String label, int turns, double turnsPerSecond, double p50Millis, double p99Millis) {
		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s: %d turns, %.0f turns/s, server time p50 %.2f ms, p99 %.2f ms", label,
					turns, turnsPerSecond, p50Millis, p99Millis);
		}
	}

	/** Server time per {@code /api/messages} request, from a filter around the controller. */
	static final class ServerTimes extends OncePerRequestFilter {
		private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long started = System.nanoTime();
			try {
				chain.doFilter(request, response);
			} finally {
				nanos.add(System.nanoTime() - started);
			}
		}

		void clear() {
			nanos.clear();
		}

		long[] sorted() {
			long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(values);
			return values;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Timing {
		@Bean
		ServerTimes serverTimes() {
			return new ServerTimes();
		}
	}

	/** The baseline: every text is echoed back; everything else in the stack is unchanged. */
	@Configuration(proxyBeanMethods = false)
	static class EchoBot {
		@Bean
		@Primary
		FreeTextHandler echo() {
			return (turn, text) -> turn.sendText("You said: " + text).thenApply(id -> null);
		}
	}
}
