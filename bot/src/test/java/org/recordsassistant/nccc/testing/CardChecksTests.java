package org.recordsassistant.nccc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks every end-to-end test applies to the cards it receives must themselves catch bad cards. */
class CardChecksTests {
	private static final ObjectMapper JSON = new ObjectMapper();

	private static JsonNode card(String body) throws Exception {
		return JSON.readTree("""
				{"type":"AdaptiveCard","version":"1.5","body":[%s],
				 "actions":[{"type":"Action.Execute","title":"Acknowledge","verb":"iao.acknowledge","data":{"id":"1"}}]}"""
				.formatted(body));
	}

	@Test
	void aWellFormedCardWithRefreshAndSelectActionPasses() throws Exception {
		JsonNode card = card("""
				{"type":"TextBlock","text":"Declared","wrap":true,"weight":"Bolder"},
				{"type":"Container","items":[{"type":"TextBlock","text":"Related"}],
				 "selectAction":{"type":"Action.Execute","verb":"guidance.show","data":{"id":"x"}}},
				{"type":"Input.Text","id":"comment","isMultiline":true}""");
		((com.fasterxml.jackson.databind.node.ObjectNode) card).set("refresh", JSON.readTree("""
				{"action":{"type":"Action.Execute","verb":"iao.refresh"},"userIds":["aad-1"]}"""));

		assertThatCode(() -> CardChecks.assertValid(card)).doesNotThrowAnyException();
	}

	@Test
	void theLibraryRejectsAnElementTeamsWouldNotRender() throws Exception {
		assertThat(AdaptiveCardLibrary.problems(card("{\"type\":\"Table2\",\"rows\":[]}")))
				.anySatisfy(problem -> assertThat(problem).contains("Table2"));
		assertThatThrownBy(() -> CardChecks.assertValid(card("{\"type\":\"Table2\"}"))).isInstanceOf(AssertionError.class);
	}

	@Test
	void theLibraryRejectsABadEnumValue() throws Exception {
		assertThat(AdaptiveCardLibrary.problems(card("{\"type\":\"TextBlock\",\"text\":\"x\",\"weight\":\"Heavy\"}")))
				.isNotEmpty();
	}

	@Test
	void ourChecksCatchWhatTheLibraryDoesNot() throws Exception {
		assertThatThrownBy(() -> CardChecks.assertValid(card("{\"type\":\"Input.Text\"}")))
				.as("input without an id").isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> CardChecks.assertValid(JSON.readTree(
				"{\"type\":\"AdaptiveCard\",\"version\":\"1.6\",\"body\":[]}"))).as("version above 1.5")
				.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> CardChecks.assertValid(card(
				"{\"type\":\"Container\",\"items\":[],\"selectAction\":{\"type\":\"Action.Execute\"}}")))
				.as("Action.Execute without a verb").isInstanceOf(AssertionError.class);
	}
}
