package org.recordsassistant.nccc.teams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.Attachment;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.teams.spi.FileHandler;
import org.recordsassistant.nccc.teams.spi.FreeTextHandler;
import org.recordsassistant.nccc.teams.spi.IncomingFile;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * Sends each turn to the feature that owns it: an open dialog first, then {@code help}, then a
 * command, then free text; card actions by verb; files to the file handler. Makes no business
 * decisions of its own.
 */
final class TurnRouter {
	private static final Logger log = LoggerFactory.getLogger(TurnRouter.class);
	static final String FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";
	static final String MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message";
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!?]+$");
	private static final String HELP = "help";

	private final List<TurnHandler> handlers;
	private final Map<String, TurnHandler> byCommand = new HashMap<>();
	private final Map<String, TurnHandler> byVerb = new HashMap<>();
	private final FreeTextHandler freeText;
	private final FileHandler files;
	private final ObjectMapper mapper;

	TurnRouter(List<TurnHandler> handlers, FreeTextHandler freeText, FileHandler files, ObjectMapper mapper) {
		this.handlers = List.copyOf(handlers);
		this.freeText = freeText;
		this.files = files;
		this.mapper = mapper;
		for (TurnHandler handler : handlers) {
			handler.commands().forEach(command -> claim(byCommand, normalise(command), handler, "command"));
			handler.verbs().forEach(verb -> claim(byVerb, verb, handler, "verb"));
		}
		if (byCommand.containsKey(HELP) || byVerb.containsKey(HelpCards.RUN_COMMAND_VERB)) {
			throw new IllegalStateException("'help' and its buttons belong to the router");
		}
	}

	private static void claim(Map<String, TurnHandler> map, String key, TurnHandler handler, String kind) {
		TurnHandler previous = map.putIfAbsent(key, handler);
		if (previous != null) {
			throw new IllegalStateException("Two handlers claim the " + kind + " '" + key + "': "
					+ previous.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
		}
	}

	/** Lower case, single spaces, no trailing punctuation, no leading slash: "My  Declarations." → "my declarations". */
	static String normalise(String text) {
		String trimmed = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
		trimmed = TRAILING_PUNCTUATION.matcher(trimmed).replaceAll("");
		return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
	}

	CompletableFuture<Void> onMessage(TurnContext context) {
		Activity activity = context.getActivity();
		Turn turn = new TeamsTurn(context);
		if (activity.getValue() != null) {
			return onSubmit(turn, activity);
		}
		List<IncomingFile> incoming = filesOf(activity);
		if (!incoming.isEmpty()) {
			return files.onFiles(turn, incoming);
		}
		if (turn.text().isEmpty()) {
			return turn.sendText("I didn't find any text in that message. Type your question, or **help** to see "
					+ "what I can do.").thenApply(id -> null);
		}
		return continueDialogs(turn, 0).thenCompose(consumed -> consumed ? completedFuture(null) : onText(turn));
	}

	private CompletableFuture<Boolean> continueDialogs(Turn turn, int index) {
		if (index >= handlers.size()) {
			return completedFuture(false);
		}
		return handlers.get(index).continueDialog(turn)
				.thenCompose(consumed -> consumed ? completedFuture(true) : continueDialogs(turn, index + 1));
	}

	private CompletableFuture<Void> onText(Turn turn) {
		String command = normalise(turn.text());
		if (HELP.equals(command) || "?".equals(command)) {
			return turn.sendCard(HelpCards.help()).thenApply(id -> null);
		}
		TurnHandler owner = byCommand.get(command);
		if (owner != null) {
			return owner.onCommand(turn, command);
		}
		return freeText.onText(turn, turn.text());
	}

	private CompletableFuture<Void> runCommand(Turn turn, String command) {
		if (HelpCards.ASK.equals(command)) {
			return turn.sendText(HelpCards.askHint()).thenApply(id -> null);
		}
		if (HELP.equals(command)) {
			return turn.sendCard(HelpCards.help()).thenApply(id -> null);
		}
		TurnHandler owner = command == null ? null : byCommand.get(normalise(command));
		if (owner == null) {
			return turn.sendText(unknownButton(HelpCards.RUN_COMMAND_VERB)).thenApply(id -> null);
		}
		return owner.onCommand(turn, normalise(command));
	}

	/** {@code Action.Submit}: the card's data arrives as the message's value. */
	private CompletableFuture<Void> onSubmit(Turn turn, Activity activity) {
		JsonNode value = mapper.valueToTree(activity.getValue());
		if (!(value instanceof ObjectNode data)) {
			return turn.sendText("That button sent data I can't read. Type **help** to start again.").thenApply(id -> null);
		}
		CardAction action = new CardAction(verbOf(data), data, false, activity.getReplyToId());
		return dispatch(turn, action).thenCompose(result -> applyToSubmittedCard(turn, action, result));
	}

	private CompletableFuture<Void> applyToSubmittedCard(Turn turn, CardAction action, CardActionResult result) {
		if (result.card() != null && action.cardActivityId() != null) {
			return turn.updateCard(action.cardActivityId(), result.card());
		}
		if (result.card() != null) {
			return turn.sendCard(result.card()).thenApply(id -> null);
		}
		if (result.message() != null) {
			return turn.sendText(result.message()).thenApply(id -> null);
		}
		return completedFuture(null);
	}

	/** {@code Action.Execute}: the invoke's HTTP response carries the new card or a message. */
	CompletableFuture<AdaptiveCardInvokeResponse> onExecute(TurnContext context, AdaptiveCardInvokeValue value) {
		Turn turn = new TeamsTurn(context);
		JsonNode data = value.getAction().getData() == null ? mapper.createObjectNode()
				: mapper.valueToTree(value.getAction().getData());
		ObjectNode dataObject = data instanceof ObjectNode object ? object : mapper.createObjectNode();
		String verb = value.getAction().getVerb() != null ? value.getAction().getVerb() : verbOf(dataObject);
		CardAction action = new CardAction(verb, dataObject, true, context.getActivity().getReplyToId());
		return dispatch(turn, action).thenApply(TurnRouter::invokeResponse);
	}

	private CompletableFuture<CardActionResult> dispatch(Turn turn, CardAction action) {
		CompletableFuture<CardActionResult> result;
		if (action.verb() == null || action.verb().isBlank()) {
			result = completedFuture(CardActionResult.message(
					"That button didn't say what it was for, so I did nothing. Type **help** to start again."));
		} else if (HelpCards.RUN_COMMAND_VERB.equals(action.verb())) {
			result = runCommand(turn, action.text(HelpCards.COMMAND_FIELD))
					.thenApply(done -> CardActionResult.replaceCard(HelpCards.help()));
		} else {
			TurnHandler owner = byVerb.get(action.verb());
			if (owner == null) {
				log.info("Unknown card verb received (length {})", action.verb().length());
				result = completedFuture(CardActionResult.message(unknownButton(action.verb())));
			} else {
				// thenCompose so an exception thrown before the handler returns a future is handled below too.
				result = completedFuture(owner).thenCompose(handler -> handler.onCardAction(turn, action));
			}
		}
		return result.exceptionally(error -> {
			log.error("Card action {} failed: {}", action.verb(), NestedExceptionUtils.getMostSpecificCause(error).getClass().getName());
			return CardActionResult.message("Sorry, something went wrong on my side while handling that button. "
					+ "Anything you had already submitted is safe. Please try again in a minute; if it keeps "
					+ "happening, contact the records team.");
		});
	}

	static String unknownButton(String verb) {
		return "I don't recognise that button (" + Cards.escape(abbreviate(verb)) + "). It may come from an older "
				+ "version of a card. Type **help** to see what I can do now.";
	}

	private static AdaptiveCardInvokeResponse invokeResponse(CardActionResult result) {
		AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
		response.setStatusCode(200);
		if (result.card() != null) {
			response.setType(Cards.CONTENT_TYPE);
			response.setValue(result.card());
		} else {
			response.setType(MESSAGE_RESPONSE);
			response.setValue(result.message() != null ? result.message() : "Done.");
		}
		return response;
	}

	CompletableFuture<Void> onWelcome(TurnContext context) {
		Turn turn = new TeamsTurn(context);
		String name = turn.sender().name();
		String firstName = name == null ? null : name.strip().split("\\s+")[0];
		return turn.sendCard(HelpCards.welcome(firstName)).thenApply(id -> null);
	}

	List<IncomingFile> filesOf(Activity activity) {
		List<IncomingFile> found = new ArrayList<>();
		if (activity.getAttachments() == null) {
			return found;
		}
		for (Attachment attachment : activity.getAttachments()) {
			String type = attachment.getContentType() == null ? "" : attachment.getContentType();
			if (FILE_DOWNLOAD_INFO.equals(type)) {
				JsonNode content = mapper.valueToTree(attachment.getContent());
				found.add(new IncomingFile(attachment.getName(), type, content.path("downloadUrl").asText(null),
						content.path("fileType").asText(""), content.path("uniqueId").asText(null)));
			} else if (attachment.getContentUrl() != null && !type.startsWith("text/html")
					&& !type.startsWith("application/vnd.microsoft.card")) {
				// Inline images and other attachments: Teams copies formatted text as text/html, which is not a file.
				found.add(new IncomingFile(attachment.getName(), type, attachment.getContentUrl(), "", null));
			}
		}
		return found;
	}

	static String verbOf(ObjectNode data) {
		JsonNode verb = data.get(Cards.VERB_FIELD);
		return verb != null && verb.isTextual() ? verb.asText() : null;
	}

	private static String abbreviate(String verb) {
		return verb.length() > 40 ? verb.substring(0, 40) + "…" : verb;
	}

}
