package org.recordsassistant.nccc.testing;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card is valid when Microsoft's Adaptive Cards library parses it for schema 1.5 without complaint
 * ({@link AdaptiveCardLibrary}) and it has what that library does not check but Teams needs
 * (tech-notes §6): version 1.5 at most, a verb on every {@code Action.Execute}, an id on every input,
 * unique ids, and a size well under Teams' limit.
 */
public final class CardChecks {
	private static final Set<String> INPUTS = Set.of("Input.Text", "Input.Number", "Input.Date", "Input.Time",
			"Input.Toggle", "Input.ChoiceSet");

	private CardChecks() {
	}

	public static void assertValid(JsonNode card) {
		assertThat(card).as("card").isNotNull();
		assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
		String version = card.path("version").asText();
		assertThat(version).as("card version").matches("1\\.[0-5]");
		assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).as("card size in bytes")
				.isLessThanOrEqualTo(80 * 1024);
		Set<String> ids = new HashSet<>();
		walk(card, ids);
		assertThat(AdaptiveCardLibrary.problems(card)).as("Adaptive Cards library on %s", card).isEmpty();
	}

	private static void walk(JsonNode node, Set<String> ids) {
		if (node.isObject()) {
			String type = node.path("type").asText("");
			if ("Action.Execute".equals(type)) {
				assertThat(node.path("verb").asText("")).as("Action.Execute verb in %s", node).isNotBlank();
			}
			if (INPUTS.contains(type)) {
				assertThat(node.path("id").asText("")).as("input id in %s", node).isNotBlank();
			}
			if (node.hasNonNull("id") && !type.isEmpty() && !type.startsWith("Action.")) {
				assertThat(ids.add(node.get("id").asText())).as("duplicate element id %s", node.get("id")).isTrue();
			}
			node.fields().forEachRemaining(field -> {
				if (!"data".equals(field.getKey())) {
					walk(field.getValue(), ids);
				}
			});
		} else if (node.isArray()) {
			node.forEach(child -> walk(child, ids));
		}
	}
}
