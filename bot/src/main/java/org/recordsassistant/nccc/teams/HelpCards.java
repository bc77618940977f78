package org.recordsassistant.nccc.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.spi.Cards;

/** The welcome card sent on install and the help card behind {@code help}. */
final class HelpCards {
	static final String RUN_COMMAND_VERB = "help.run";
	static final String COMMAND_FIELD = "command";
	static final String ASK = "ask";

	private HelpCards() {
	}

	static ObjectNode welcome(String firstName) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		String greeting = firstName == null || firstName.isBlank() ? "Hello." : "Hello " + Cards.escape(firstName) + ".";
		body.add(Cards.heading(greeting + " I'm the NCCC records assistant."));
		body.add(Cards.text("I help with government business done on a non-corporate channel: WhatsApp, "
				+ "Signal, text messages or private email. Government guidance says to use corporate channels; "
				+ "when you did not, you should be able to say why, and significant information must be kept "
				+ "in a corporate record system. I can help you do that here, in a few minutes."));
		addJobs(body);
		body.add(Cards.subtle("Type **help** at any time to see this again."));
		addButtons(card);
		return card;
	}

	static ObjectNode help() {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("What I can do"));
		addJobs(body);
		body.add(Cards.subtle("Commands: help, declare, my declarations, file, iao. Anything else you type is "
				+ "taken as a question about the guidance."));
		addButtons(card);
		return card;
	}

	static String askHint() {
		return "Just type your question, for example: *Can I use WhatsApp to talk to a supplier?*, "
				+ "*Are my WhatsApp messages covered by FOI?* or *How do I export a chat from my iPhone?*";
	}

	private static void addJobs(ArrayNode body) {
		body.add(Cards.facts(
				"Ask", "Questions on the NCCC guidance, answered with the paragraph they rest on.",
				"Declare", "Record that you used a non-corporate channel, and why. You get a reference number.",
				"File", "Send me an exported chat (WhatsApp .txt or .zip, or an .eml). I show you what I found, then "
						+ "file it in the records library.",
				"IAOs", "Information Asset Owners see and acknowledge what was declared and filed in their area."));
	}

	private static void addButtons(ObjectNode card) {
		ArrayNode actions = Cards.actions(card);
		actions.add(command("Ask a question", ASK));
		actions.add(command("Declare NCCC use", "declare"));
		actions.add(command("File a chat", "file"));
		actions.add(command("IAO overview", "iao"));
	}

	private static ObjectNode command(String title, String command) {
		return Cards.execute(title, RUN_COMMAND_VERB, Cards.data().put(COMMAND_FIELD, command));
	}
}
