package org.recordsassistant.nccc.notification;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a notice's {@code summary_json} says: {@code {"title": "...", "facts": [{"label", "value"}], "link": ...}}.
 * Written by the delivery worker from ids and option values, never message content; still shown escaped,
 * since names and areas came from people. A row that cannot be read shows its kind and reference instead.
 */
record NoticeSummary(String title, List<Fact> facts, String link) {
	private static final ObjectMapper JSON = new ObjectMapper();

	record Fact(String label, String value) {
	}

	static NoticeSummary of(OverviewRepository.Notice notice) {
		String fallbackTitle = NoticeKinds.label(notice.kind()) + " " + notice.subjectRef();
		JsonNode json;
		try {
			json = notice.summaryJson() == null ? null : JSON.readTree(notice.summaryJson());
		} catch (JacksonException e) {
			json = null;
		}
		if (json == null || !json.isObject()) {
			return new NoticeSummary(fallbackTitle, List.of(), null);
		}
		List<Fact> facts = new ArrayList<>();
		for (JsonNode fact : json.path("facts")) {
			if (fact.path("label").isTextual() && fact.path("value").isValueNode() && !fact.path("value").isNull()) {
				facts.add(new Fact(shorten(fact.get("label").asText(), 60), shorten(fact.get("value").asText(), 200)));
			}
		}
		String title = json.path("title").isTextual() && !json.get("title").asText().isBlank()
				? shorten(json.get("title").asText(), 200) : fallbackTitle;
		String link = json.path("link").isTextual() && isWebLink(json.get("link").asText()) ? json.get("link").asText() : null;
		return new NoticeSummary(title, List.copyOf(facts), link);
	}

	/** A row may hold up to 4,000 characters; a card lists a dozen rows and must stay well under 80 KB. */
	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/** Only https (or http on loopback, for local mode) links become buttons. */
	private static boolean isWebLink(String link) {
		return link.startsWith("https://") || link.startsWith("http://127.0.0.1") || link.startsWith("http://localhost");
	}
}
