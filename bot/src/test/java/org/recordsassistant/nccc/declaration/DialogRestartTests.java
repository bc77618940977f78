package org.recordsassistant.nccc.declaration;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.NcccBotApplication;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.FakeBotConnector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A step-by-step declaration survives the app stopping mid-way: the restarted app asks the next question. */
class DialogRestartTests {
	private static final FakeBotConnector connector = new FakeBotConnector();
	private final String database = "restart-" + UUID.randomUUID();

	@AfterAll
	static void stopConnector() throws Exception {
		connector.close();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NcccBotApplication.class).run("--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "--spring.main.banner-mode=off",
				"--nccc.teams.connector.base-backoff=5ms");
	}

	private static BotConversation chat(ConfigurableApplicationContext app) {
		int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
		return BotConversation.as(port, connector, "Restart Person");
	}

	@Test
	void restartMidConversationResumesAtTheSameQuestion() {
		ConfigurableApplicationContext before = start();
		try {
			BotConversation chat = chat(before);
			chat.says("step by step");
			DialogScript.answer(chat, 0, 7);
		} finally {
			before.close();
		}

		ConfigurableApplicationContext after = start();
		try {
			BotConversation chat = chat(after);
			assertThat(String.join(" ", chat.says("back").texts())).contains("Was anyone outside government involved?")
					.contains("Your answer so far: Yes");
			DialogScript.answer(chat, 6, DialogScript.ANSWERS.size());
			String reply = String.join(" ", chat.says("submit").texts());
			String reference = DeclareEndToEndTests.referenceIn(reply);
			JdbcClient jdbc = after.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT counterparties FROM declaration_version WHERE reference = ?").param(reference)
					.query(String.class).single()).isEqualTo("Harbour master; Ports team group");
		} finally {
			after.close();
		}
	}
}
