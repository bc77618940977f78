package org.recordsassistant.nccc.teams.spi;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Adaptive Card 1.5 parts as Jackson nodes. The SDK cannot send JDK collections nested in a
 * payload on Java 17 (tech-notes §2.2), and Teams renders 1.5 at most (§6).
 */
public final class Cards {

	public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
	public static final String VERSION = "1.5";
	/** Teams rejects messages above about 100 KB; stay well under it (§6). */
	public static final int MAX_CARD_BYTES = 80 * 1024;
	/** Where a card's data carries its verb when it arrives as {@code Action.Submit}. */
	public static final String VERB_FIELD = "verb";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
	private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_{}\\[\\]()#|>~<])");
	/** List markers only mean something at the start of a line. */
	private static final Pattern LIST_MARKER = Pattern.compile("(?m)^(\\s*)([-+])(?=\\s)");
	private static final Pattern NUMBERED_MARKER = Pattern.compile("(?m)^(\\s*\\d+)\\.(?=\\s)");

	private Cards() {
	}

	/** A new card with the schema, version 1.5 and an empty body. */
	public static ObjectNode card() {
		ObjectNode card = JSON.objectNode();
		card.put("type", "AdaptiveCard");
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("version", VERSION);
		card.putArray("body");
		return card;
	}

	public static ArrayNode body(ObjectNode card) {
		return (ArrayNode) card.get("body");
	}

	public static ArrayNode actions(ObjectNode card) {
		JsonNode actions = card.get("actions");
		return actions instanceof ArrayNode array ? array : card.putArray("actions");
	}

	/** A wrapping text block; pass user-supplied text through {@link #escape(String)} first. */
	public static ObjectNode text(String text) {
		ObjectNode block = JSON.objectNode();
		block.put("type", "TextBlock");
		block.put("text", text);
		block.put("wrap", true);
		return block;
	}

	public static ObjectNode heading(String text) {
		return text(text).put("size", "Medium").put("weight", "Bolder");
	}

	public static ObjectNode subtle(String text) {
		return text(text).put("isSubtle", true).put("size", "Small");
	}

	/** A FactSet from alternating title/value pairs. */
	public static ObjectNode facts(String... titlesAndValues) {
		ObjectNode set = JSON.objectNode();
		set.put("type", "FactSet");
		ArrayNode facts = set.putArray("facts");
		for (int i = 0; i + 1 < titlesAndValues.length; i += 2) {
			facts.addObject().put("title", titlesAndValues[i]).put("value", titlesAndValues[i + 1]);
		}
		return set;
	}

	/**
	 * An {@code Action.Execute} button; {@code data} may be null. The verb is also put in the data so a
	 * client that falls back to {@code Action.Submit} still says which button it was.
	 */
	public static ObjectNode execute(String title, String verb, ObjectNode data) {
		ObjectNode action = JSON.objectNode();
		action.put("type", "Action.Execute");
		action.put("title", title);
		action.put("verb", verb);
		ObjectNode payload = data != null ? data.deepCopy() : JSON.objectNode();
		payload.put(VERB_FIELD, verb);
		action.set("data", payload);
		return action;
	}

	public static ObjectNode openUrl(String title, String url) {
		return JSON.objectNode().put("type", "Action.OpenUrl").put("title", title).put("url", url);
	}

	public static ObjectNode data() {
		return JSON.objectNode();
	}

	/**
	 * Escapes Adaptive Card markdown so user-supplied text shows literally: a question like
	 * {@code [click](https://evil)} must not become a link in our card.
	 */
	public static String escape(String userText) {
		if (userText == null) {
			return "";
		}
		String escaped = MARKDOWN.matcher(userText).replaceAll("\\\\$1");
		escaped = LIST_MARKER.matcher(escaped).replaceAll("$1\\\\$2");
		return NUMBERED_MARKER.matcher(escaped).replaceAll("$1\\\\.");
	}
}
