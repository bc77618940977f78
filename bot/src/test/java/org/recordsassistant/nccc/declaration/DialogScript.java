package org.recordsassistant.nccc.declaration;

import java.util.List;

import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed answers that give the same declaration as {@link CardData#valid()}, in question order. */
final class DialogScript {
	static final List<String> ANSWERS = List.of("WhatsApp", "Personal account", "My own device",
			CardData.today().minusDays(2).toString(), "today", "Harbour master; Ports team group", "yes", "Ports policy",
			"Berth allocation for the ferry", "A decision", "OFFICIAL", "None", "Only WhatsApp worked at sea", "No",
			"Not yet", "No");

	private DialogScript() {
	}

	/** Types answers {@code from} (inclusive) to {@code to} (exclusive); each must be accepted. */
	static BotExchange answer(BotConversation chat, int from, int to) {
		BotExchange last = null;
		for (int i = from; i < to; i++) {
			last = chat.says(ANSWERS.get(i)).expectStatus(200);
			String reply = String.join(" ", last.texts());
			assertThat(reply).as("reply to answer %d", i).doesNotContain("Please choose").doesNotContain("is required")
					.doesNotContain("can't");
		}
		return last;
	}
}
