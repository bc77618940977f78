package org.recordsassistant.nccc.transfer.parse;

import java.time.OffsetDateTime;

/**
 * Counts over a whole export.
 *
 * @param events everything emitted: messages, media, calls and system events
 * @param messages events written by participants (kinds MESSAGE, MEDIA and CALL)
 * @param systemEvents events written by WhatsApp
 * @param mediaMessages events of kind MEDIA
 * @param calls events of kind CALL
 * @param attachmentsReferenced file names the text refers to
 * @param attachmentsPresent of those, files that came with the chat
 * @param attachmentsMissing of those, files that did not
 * @param mediaOmitted placeholders for media left out of the export
 * @param deleted deleted-message placeholders
 * @param edited edited messages
 * @param suspiciousLines lines that began like a timestamp but could not be read as one (kept as text)
 * @param outOfOrderTimestamps messages dated earlier than the one before
 * @param dateOrderConflicts lines only valid with day and month swapped
 * @param dstAdjusted local times that fell in a clock change
 * @param splitMessages extra pieces created because a message exceeded the size kept in one piece
 * @param largestGapSeconds the longest silence between consecutive messages, in seconds
 * @param largestGapAfterIndex index of the message before that silence, or -1
 * @param firstTimestamp the earliest timestamp, or null when there are no events
 * @param lastTimestamp the latest timestamp, or null
 * @param likelyTruncated the count is close to WhatsApp's export limit, so older messages may be missing
 * @param exportLimit the limit that applies: 10,000 when the text refers to attached files, else 40,000
 */
public record ConversationStats(long events, long messages, long systemEvents, long mediaMessages, long calls,
		long attachmentsReferenced, long attachmentsPresent, long attachmentsMissing, long mediaOmitted,
		long deleted, long edited, long suspiciousLines, long outOfOrderTimestamps, long dateOrderConflicts,
		long dstAdjusted, long splitMessages, long largestGapSeconds, long largestGapAfterIndex,
		OffsetDateTime firstTimestamp, OffsetDateTime lastTimestamp, boolean likelyTruncated, long exportLimit) {
}
