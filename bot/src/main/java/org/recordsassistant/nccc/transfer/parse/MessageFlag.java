package org.recordsassistant.nccc.transfer.parse;

/** Facts about a single message that a reviewer may need to know. */
public enum MessageFlag {
	/** The export shows only a "message was deleted" placeholder. */
	DELETED,
	/** The message was edited; the marker was removed from the text. */
	EDITED,
	/** Media was sent but the export was made without it, so only a placeholder remains. */
	MEDIA_OMITTED,
	/** The timestamp is earlier than the message before it. */
	OUT_OF_ORDER,
	/** The date was only valid with day and month swapped from the file's date order, and was read that way. */
	DATE_ORDER_CONFLICT,
	/** The local time does not exist or happens twice in the time zone (clock change); the offset was chosen. */
	DST_ADJUSTED,
	/** The text was too long to keep in one piece and continues in the next message with the same header. */
	SPLIT
}
