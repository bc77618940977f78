package org.recordsassistant.nccc.guidance;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Greetings, thanks and other chat that is not a question. Checked before search so "thanks" gets a
 * natural reply instead of the nearest knowledge-base entry. Only whole messages match: "hi, can I use
 * WhatsApp?" is a question and goes to search.
 */
enum SmallTalk {
	GREETING("(hi|hello|hey|hiya|howdy|morning|afternoon|evening|good (morning|afternoon|evening|day))"
			+ "( (there|bot|all|again|assistant))?",
			"Hello. Ask me anything about using WhatsApp, Signal, texts or private email for government work, "
					+ "for example: *Do I have to keep WhatsApp messages about work?*"),
	THANKS("((many |ok |okay |great |perfect |brilliant |lovely )?(thanks|thank you|thankyou|thx|ty|cheers|ta)"
			+ "( (so much|very much|a lot|again|mate|bot))?|much appreciated|appreciated)",
			"You're welcome. Ask me anything else about the guidance, or type **help** to see what else I can do."),
	WHO_ARE_YOU("(who are you|what are you|what can you do|what do you do|are you a bot|are you human|"
			+ "are you a (real )?person|are you real|who made you|what is this|whats this|how does this work)",
			"I'm the NCCC records assistant, a bot. I answer questions on the Cabinet Office guidance on "
					+ "non-corporate channels and say where each answer comes from. I also help you declare NCCC "
					+ "use and file exported chats. When I don't know, I say so and can pass your question to the "
					+ "records team."),
	GOODBYE("(bye|goodbye|bye bye|see you|see ya|cya|later|good night|night|ttyl)( (then|now|for now))?",
			"Goodbye. Come back whenever you need to ask about, declare or file NCCC messages."),
	ACKNOWLEDGEMENT("(ok|okay|k|kk|cool|great|fine|got it|understood|right|alright|all right|sure|nice|good|yes|"
			+ "no|yep|nope|noted|perfect|brilliant|lovely)",
			"Okay. Is there anything else you'd like to know about the guidance?");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Pattern pattern;
	private final String reply;

	SmallTalk(String regex, String reply) {
		this.pattern = Pattern.compile(regex);
		this.reply = reply;
	}

	/** The reply to send: fixed text, never the user's words. */
	String reply() {
		return reply;
	}

	static Optional<SmallTalk> match(String text) {
		String normalised = normalise(text);
		for (SmallTalk intent : values()) {
			if (intent.pattern.matcher(normalised).matches()) {
				return Optional.of(intent);
			}
		}
		return Optional.empty();
	}

	/** Lower case, apostrophes and punctuation dropped, single spaces: "Thanks!! 🙂" becomes "thanks". */
	static String normalise(String text) {
		String noApostrophes = text.replace("'", "").replace("\u2019", "");
		String words = NOT_WORD.matcher(noApostrophes.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return SPACES.matcher(words).replaceAll(" ").strip();
	}
}
