package org.recordsassistant.nccc.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for end-to-end tests: the whole app on a random loopback port in local mode (in-memory H2),
 * a {@link FakeBotConnector} that records what the bot sends, and {@link BotConversation}s that post
 * real activities. Subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.address=127.0.0.1",
		"spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
		"nccc.teams.connector.base-backoff=5ms",
		"nccc.teams.connector.max-retry-wait=3s",
		// The weekly digest runs on the real clock; tests that want it drive it themselves.
		"nccc.notification.digest.enabled=false",
		// IAO cards would land in other tests' turns; notification tests switch delivery on in their own database.
		"nccc.notification.delivery.enabled=false" })
public abstract class EndToEndTest {
	protected static final FakeBotConnector connector = new FakeBotConnector();
	/** The default Information Asset Owner in end-to-end tests: {@code chatAs(IAO_NAME)} is them. */
	protected static final String IAO_NAME = "Iris Owner";
	/** Records and mail written by end-to-end tests go here, not into the project's ./data. */
	protected static final java.nio.file.Path DATA = temporaryFolder();

	private static java.nio.file.Path temporaryFolder() {
		try {
			return java.nio.file.Files.createTempDirectory("nccc-e2e-data");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@DynamicPropertySource
	static void informationAssetOwner(DynamicPropertyRegistry registry) {
		registry.add("nccc.notification.default-iao", () -> aadObjectIdOf(IAO_NAME));
		registry.add("nccc.records.local-root", () -> DATA.resolve("records").toString());
		registry.add("nccc.records.mail-folder", () -> DATA.resolve("mail").toString());
	}

	/** The Entra object id {@link BotConversation#as} gives a user of this name. */
	protected static String aadObjectIdOf(String userName) {
		return java.util.UUID.nameUUIDFromBytes(userName.getBytes()).toString();
	}

	@LocalServerPort
	protected int port;

	@BeforeEach
	void resetConnector() {
		connector.reset();
	}


	/** A chat with a new user. */
	protected BotConversation chatAs(String userName) {
		return BotConversation.as(port, connector, userName);
	}
}
