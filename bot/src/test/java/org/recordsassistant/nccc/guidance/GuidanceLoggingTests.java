package org.recordsassistant.nccc.guidance;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Logs carry entry ids, versions and confidences; what the user typed must never appear. */
class GuidanceLoggingTests {
	private static final String MARKER = "Zanzibarquokka";
	private final Logger logger = (Logger) LoggerFactory.getLogger(GuidanceLoggingTests.class.getPackageName());
	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
	private final FakeGuidanceStore store = new FakeGuidanceStore();
	private final GuidanceTurnHandler handler = new GuidanceTurnHandler(
			EvaluationHarness.matcher(KnowledgeBaseTests.central()), store, e -> CompletableFuture.completedFuture(true));

	@BeforeEach
	void capture() {
		appender.start();
		logger.addAppender(appender);
	}

	@AfterEach
	void release() {
		logger.detachAppender(appender);
	}

	@Test
	void logsAnswersByEntryVersionAndConfidenceButNeverTheQuestion() {
		String question = "can " + MARKER + " use whatsapp on a personal phone";
		FakeTurn turn = new FakeTurn(question);
		handler.onText(turn, question).join();
		handler.onText(turn, MARKER + " payroll").join();
		for (ObjectNode card : List.copyOf(turn.cards)) {
			card.findValues("actions").forEach(actions -> actions.forEach(action -> handler.onCardAction(turn,
					new CardAction(action.get("verb").asText(), action.get("data").deepCopy(), true, null)).join()));
		}
		List<String> messages = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Guidance answer: entry=").contains("kb=2026.11.2")
				.contains("confidence="));
		assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Guidance abstained"));
		assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Guidance escalation"));
		assertThat(messages).noneMatch(m -> m.toLowerCase().contains(MARKER.toLowerCase()));
		assertThat(store.unanswered).anySatisfy(row -> assertThat(row.question()).contains(MARKER));
	}
}
