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

	/**
	 * A stored notice's summary for the overview and digest, which read rows written by any version: a row that
	 * cannot be read shows its kind and reference instead; facts and title are cut to what a card of a dozen
	 * rows can hold; only https (or http on loopback, for local mode) links are kept.
	 */
	static Summary forListing(OverviewRepository.Notice notice) {
		String fallbackTitle = NoticeKinds.label(notice.kind()) + " " + notice.subjectRef();
		JsonNode json;
		try {
			json = notice.summaryJson() == null ? null : JSON.readTree(notice.summaryJson());
		} catch (JsonProcessingException e) {
			json = null;
		}
		if (json == null || !json.isObject()) {
			return new Summary(fallbackTitle, List.of(), null);
		}
		List<Fact> facts = new ArrayList<>();
		for (JsonNode fact : json.path("facts")) {
			if (fact.path("label").isTextual() && fact.path("value").isValueNode() && !fact.path("value").isNull()) {
				facts.add(new Fact(shorten(fact.get("label").asText(), 60), shorten(fact.get("value").asText(), 200)));
			}
		}
		String title = json.path("title").isTextual() && !json.get("title").asText().isBlank()
				? shorten(json.get("title").asText(), 200) : fallbackTitle;
		String link = json.path("link").isTextual() && isWebLink(json.get("link").asText()) ? json.get("link").asText()
				: null;
		return new Summary(title, facts, link);
	}

	/** A row may hold up to 4,000 characters; a card lists a dozen rows and must stay well under 80 KB. */
	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static boolean isWebLink(String link) {
		return link.startsWith("https://") || link.startsWith("http://127.0.0.1") || link.startsWith("http://localhost");
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
