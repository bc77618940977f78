package org.recordsassistant.nccc.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.RecordsLibraryException;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.notification.IaoRouting.Route;
import org.recordsassistant.nccc.notification.NotificationProperties.AreaOwners;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Routing from properties and a file that changes while the bot runs, with UPNs resolved through the directory. */
class IaoRoutingTests {
	private static final StaticDirectory PEOPLE = StaticDirectory.of(List.of(
			new DirectoryUser("aad-paula", "Paula Ports", "paula@dept.gov.uk", "paula.ports@dept.gov.uk", null, null),
			new DirectoryUser("aad-dan", "Dan Deputy", null, "dan.deputy@dept.gov.uk", null, null),
			new DirectoryUser("aad-iris", "Iris Owner", null, "iris.owner@dept.gov.uk", null, null)), Map.of());

	@TempDir
	Path folder;
	private final Logger logger = (Logger) LoggerFactory.getLogger(IaoRouting.class.getPackageName());
	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
	private IaoRouting routing;

	@BeforeEach
	void captureLogs() {
		logs.start();
		logger.addAppender(logs);
	}

	@AfterEach
	void release() {
		logger.detachAppender(logs);
		if (routing != null) {
			routing.close();
		}
	}

	private IaoRouting routing(Map<String, AreaOwners> areas, String defaultIao, Path file, Directory directory,
			Duration wait) {
		NotificationProperties settings = new NotificationProperties(areas, defaultIao, "",
				file == null ? "" : file.toString(), Duration.ZERO, wait, NotificationProperties.Digest.DEFAULT,
				NotificationProperties.Export.DEFAULT);
		routing = new IaoRouting(settings, directory);
		return routing;
	}

	private IaoRouting routing(Path file) {
		return routing(Map.of("finance", new AreaOwners("aad-fiona", "")), "aad-iris", file, PEOPLE, Duration.ofSeconds(5));
	}

	@Test
	void anEditedRoutingFileAppliesToTheNextRouteWithoutARestart() throws Exception {
		Path file = Files.writeString(folder.resolve("routing.yaml"), """
				areas:
				  ports-policy:
				    iao: aad-paula
				""");
		IaoRouting routing = routing(file);
		assertThat(routing.route("ports-policy")).isEqualTo(new Route("aad-paula", "", false));

		Files.writeString(file, """
				areas:
				  ports-policy:
				    iao: aad-quentin
				    deputy: aad-dan
				""");

		assertThat(routing.route("ports-policy")).isEqualTo(new Route("aad-quentin", "aad-dan", false));
	}

	@Test
	void theFileIsLaidOverTheApplicationPropertiesAreaByArea() throws Exception {
		Path file = Files.writeString(folder.resolve("routing.properties"), """
				default-iao=aad-olga
				areas.ports-policy.iao=aad-paula
				""");
		IaoRouting routing = routing(file);

		assertThat(routing.route("finance")).as("from the properties").isEqualTo(new Route("aad-fiona", "", false));
		assertThat(routing.route("ports-policy")).as("from the file").isEqualTo(new Route("aad-paula", "", false));
		assertThat(routing.route("communications")).as("file default wins").isEqualTo(new Route("aad-olga", "", true));
	}

	@Test
	void anUnknownOrMissingAreaGoesToTheDefaultAndIsFlagged() {
		IaoRouting routing = routing((Path) null);

		assertThat(routing.route("no-such-area")).isEqualTo(new Route("aad-iris", "", true));
		assertThat(routing.route(null)).isEqualTo(new Route("aad-iris", "", true));
		assertThat(routing.route("finance").unrouted()).isFalse();
	}

	@Test
	void aBrokenFileKeepsTheLastGoodRoutingAndLogsNoPeople() throws Exception {
		Path file = Files.writeString(folder.resolve("routing.yaml"), "areas:\n  ports-policy:\n    iao: aad-paula\n");
		IaoRouting routing = routing(file);

		Files.writeString(file, "areas:\n  ports-policy:\n    iao: [aad-secret-sam\n");
		assertThat(routing.route("ports-policy").iao()).as("not YAML").isEqualTo("aad-paula");
		Files.writeString(file, "areas:\n  ports-policy:\n    ioa: aad-secret-sam\n");
		assertThat(routing.route("ports-policy").iao()).as("a typo in a key").isEqualTo("aad-paula");
		Files.writeString(file, "areas:\n  ports-policy:\n    iao: secret sam\n");
		assertThat(routing.route("ports-policy").iao()).as("not one id").isEqualTo("aad-paula");
		Files.delete(file);
		assertThat(routing.route("ports-policy").iao()).as("file gone").isEqualTo("aad-paula");
		Files.writeString(file, "areas:\n  ports-policy:\n    iao: aad-quentin\n");
		assertThat(routing.route("ports-policy").iao()).as("fixed again").isEqualTo("aad-quentin");

		List<String> messages = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(messages).filteredOn(m -> m.contains("keeping the last good routing")).hasSize(4);
		assertThat(messages).anySatisfy(m -> assertThat(m).contains("areas.ports-policy.ioa"))
				.noneMatch(m -> m.contains("secret"));
	}

	@Test
	void aBrokenFileAtStartUpStopsTheBotSayingWhichKey() throws Exception {
		Path file = Files.writeString(folder.resolve("routing.yaml"), "areas:\n  ports-policy:\n    deputy: aad-dan\n");

		assertThatThrownBy(() -> routing(file)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("area 'ports-policy' has no iao").hasMessageNotContaining("aad-dan");
		assertThatThrownBy(() -> routing(folder.resolve("missing.yaml"))).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("cannot be read");
	}

	@Test
	void upnsBecomeObjectIdsThroughTheDirectoryOnceAndAreCached() throws Exception {
		CountingDirectory directory = new CountingDirectory(PEOPLE);
		Path file = Files.writeString(folder.resolve("routing.yaml"), """
				default-iao: IRIS.OWNER@dept.gov.uk
				areas:
				  ports-policy: {iao: paula.ports@dept.gov.uk, deputy: dan.deputy@dept.gov.uk}
				""");
		IaoRouting routing = routing(Map.of(), "", file, directory, Duration.ofSeconds(5));

		assertThat(routing.route("ports-policy")).isEqualTo(new Route("aad-paula", "aad-dan", false));
		assertThat(routing.route("finance")).isEqualTo(new Route("aad-iris", "", true));
		assertThat(routing.route("ports-policy")).isEqualTo(new Route("aad-paula", "aad-dan", false));
		assertThat(directory.calls.get()).as("one lookup per UPN").isEqualTo(3);
	}

	@Test
	void anIaoTheDirectoryDoesNotKnowGoesToTheDefaultFlagged() throws Exception {
		Path file = Files.writeString(folder.resolve("routing.yaml"), "areas:\n  ports-policy:\n    iao: nobody@dept.gov.uk\n");
		IaoRouting routing = routing(Map.of(), "aad-iris", file, PEOPLE, Duration.ofSeconds(5));

		assertThat(routing.route("ports-policy")).isEqualTo(new Route("aad-iris", "", true));
		assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("not in the directory")
				.doesNotContain("nobody"));
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void aHungDirectoryNeverHoldsUpRoutingAndItsLateAnswerIsUsedNextTime() throws Exception {
		CountDownLatch directoryUp = new CountDownLatch(1);
		Directory hung = new CountingDirectory(PEOPLE) {
			@Override
			public Optional<DirectoryUser> findUser(String id) {
				try {
					directoryUp.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return super.findUser(id);
			}
		};
		Path file = Files.writeString(folder.resolve("routing.yaml"), "areas:\n  ports-policy:\n    iao: paula.ports@dept.gov.uk\n");
		IaoRouting routing = routing(Map.of(), "aad-iris", file, hung, Duration.ofMillis(50));

		assertThat(routing.route("ports-policy")).as("while the directory hangs").isEqualTo(new Route("aad-iris", "", true));

		directoryUp.countDown();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(routing.route("ports-policy"))
				.isEqualTo(new Route("aad-paula", "", false)));
	}

	@Test
	void aFailingDirectoryRoutesToTheDefaultFlagged() throws Exception {
		Directory down = new CountingDirectory(PEOPLE) {
			@Override
			public Optional<DirectoryUser> findUser(String id) {
				throw new RecordsLibraryException("Graph said 503", 503, "req-1", null);
			}
		};
		Path file = Files.writeString(folder.resolve("routing.yaml"), "areas:\n  ports-policy:\n    iao: paula.ports@dept.gov.uk\n");
		IaoRouting routing = routing(Map.of(), "aad-iris", file, down, Duration.ofSeconds(5));

		assertThat(routing.route("ports-policy")).isEqualTo(new Route("aad-iris", "", true));
		assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("RecordsLibraryException")
				.doesNotContain("paula"));
	}

	@Test
	void scopeCoversTheAreasSomeoneOwnsOrDeputisesAndTheDefaultCoversTheRest() {
		IaoRouting routing = routing(Map.of("ports-policy", new AreaOwners("aad-paula", "aad-dan"),
				"finance", new AreaOwners("aad-fiona", "aad-dan")), "aad-iris", null, PEOPLE, Duration.ofSeconds(5));
		Set<String> known = Set.of("ports-policy", "finance", "communications");

		assertThat(routing.scopeOf("aad-paula", known)).isEqualTo(new IaoRouting.OwnerScope(Set.of("ports-policy"), false));
		assertThat(routing.scopeOf("aad-dan", known).areas()).containsExactly("finance", "ports-policy");
		assertThat(routing.scopeOf("aad-iris", known)).isEqualTo(new IaoRouting.OwnerScope(Set.of("communications"), true));
		assertThat(routing.scopeOf("aad-nina", known).isOwner()).isFalse();
		assertThat(routing.iaos(known)).containsExactly("aad-fiona", "aad-iris", "aad-paula");
	}

	@Test
	void theOldConstructorsStillRouteFromPropertiesAlone() {
		routing = new IaoRouting(new NotificationProperties(Map.of("finance", new AreaOwners("aad-fiona", "aad-dan")),
				"aad-iris", ""));

		assertThat(routing.route("finance")).isEqualTo(new Route("aad-fiona", "aad-dan", false));
		assertThat(routing.route("ports-policy")).isEqualTo(new Route("aad-iris", "", true));
	}

	/** The static directory, counting lookups. */
	static class CountingDirectory implements Directory {
		final AtomicInteger calls = new AtomicInteger();
		private final Directory people;

		CountingDirectory(Directory people) {
			this.people = people;
		}

		@Override
		public Optional<DirectoryUser> findUser(String id) {
			calls.incrementAndGet();
			return people.findUser(id);
		}

		@Override
		public Optional<DirectoryUser> findManager(String id) {
			return people.findManager(id);
		}
	}
}
