package org.recordsassistant.nccc.notification;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a notification shows, stored as {@code summary_json}: a title, labelled facts (references, area, dates,
 * flags) and a link. Never message content or free text from a declaration: the same summary goes into Teams,
 * into email, and is kept in the database. The IAO overview reads {@code title}.
 *
 * @param link where the record can be opened, or null
 */
record Summary(String title, List<Fact> facts, String link) {
	/** {@code summary_json} is VARCHAR(4000); facts are short, but a long name must not break the insert. */
	static final int MAX_JSON_CHARS = 4000;
	private static final int MAX_VALUE_CHARS = 200;
	private static final ObjectMapper JSON = new ObjectMapper();

	record Fact(String label, String value) {
	}

	Summary {
		facts = List.copyOf(facts);
	}

	/** A summary whose facts keep their order; blank values are left out. */
	static Summary of(String title, String link, String... labelsAndValues) {
		List<Fact> facts = new ArrayList<>();
		for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
			String value = labelsAndValues[i + 1];
			if (value != null && !value.isBlank()) {
				facts.add(new Fact(labelsAndValues[i], value.length() > MAX_VALUE_CHARS
						? value.substring(0, MAX_VALUE_CHARS) + "…" : value));
			}
		}
		return new Summary(title, facts, link);
	}

	String toJson() {
		ObjectNode root = JSON.createObjectNode();
		root.put("title", title);
		ArrayNode array = root.putArray("facts");
		for (Fact fact : facts) {
			array.addObject().put("label", fact.label()).put("value", fact.value());
		}
		if (link == null) {
			root.putNull("link");
		} else {
			root.put("link", link);
		}
		String json = root.toString();
		if (json.length() > MAX_JSON_CHARS && !facts.isEmpty()) {
			return new Summary(title, facts.subList(0, facts.size() - 1), link).toJson();
		}
		return json;
	}

	static Summary fromJson(String json) {
		try {
			JsonNode root = JSON.readTree(json);
			List<Fact> facts = new ArrayList<>();
			for (JsonNode fact : root.path("facts")) {
				facts.add(new Fact(fact.path("label").asText(), fact.path("value").asText()));
			}
			JsonNode link = root.get("link");
			return new Summary(root.path("title").asText(), facts, link == null || link.isNull() ? null : link.asText());
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored notification summary is not JSON", e);
		}
	}
}
