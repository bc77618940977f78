package org.recordsassistant.nccc.transfer.parse;

import java.util.List;

/**
 * A normalised conversation read back from JSON. Holds every message, so use it for previews and tests of modest
 * chats; {@link ConversationJsonReader#read(java.io.InputStream, ParseListener)} streams instead.
 *
 * @param schemaVersion the document's schema version
 * @param source where the chat came from
 * @param messages every message in order
 * @param summary format, date order, zone, participants, stats and warnings
 */
public record NormalisedConversation(String schemaVersion, SourceInfo source, List<ChatMessage> messages,
		ParseSummary summary) {

	public NormalisedConversation {
		messages = List.copyOf(messages);
	}
}
