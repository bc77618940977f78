package org.recordsassistant.nccc.transfer.parse;

/**
 * Receives a parse as it happens: first what the first pass decided, then each message in file order. (Two
 * methods, so it is not a lambda target: a lambda passed to {@code parse} is always a message consumer.)
 */
public interface ParseListener {

	/** Called once, before the first message, when the format and date order are known. */
	void started(ExportFormat format, DateOrderDecision dateOrder);

	/** Called once per message, as soon as it is complete. */
	void message(ChatMessage message);
}
