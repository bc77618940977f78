package org.recordsassistant.nccc.transfer.filing;

import java.time.OffsetDateTime;

/**
 * What rendering a transcript found in the conversation JSON and produced.
 *
 * @param pages pages in the PDF, cover included
 * @param events every entry of the conversation (messages and system events)
 * @param eventsShown entries in the transcript: all of them unless the page limit was reached
 * @param messages entries written by participants (messages, media, calls)
 * @param firstTimestamp the earliest timestamp, or null for an empty conversation
 * @param lastTimestamp the latest timestamp, or null for an empty conversation
 * @param schemaVersion the conversation JSON's schema version
 * @param parserVersion the version of the parser that wrote it, or {@code unknown} when it does not say
 */
public record TranscriptSummary(int pages, long events, long eventsShown, long messages, OffsetDateTime firstTimestamp,
		OffsetDateTime lastTimestamp, String schemaVersion, String parserVersion) {

	/**
	 * Tells whether every entry of the conversation is in the transcript.
	 *
	 * @return false if the transcript stopped at its page limit
	 */
	public boolean complete() {
		return eventsShown == events;
	}
}
