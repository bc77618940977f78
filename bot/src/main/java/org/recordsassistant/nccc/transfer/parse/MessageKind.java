package org.recordsassistant.nccc.transfer.parse;

/** What a line of the chat records. */
public enum MessageKind {
	/** Text written by a participant (including deleted-message placeholders, flagged). */
	MESSAGE,
	/** An event written by WhatsApp itself: encryption notice, group created, member added or left, and so on. */
	SYSTEM,
	/** A photo, video, voice note, sticker, document or contact card, attached or omitted from the export. */
	MEDIA,
	/** A missed voice or video call. */
	CALL,
	/** A note of substance written by the person filing, standing in for messages that could not be exported. */
	NOTE
}
