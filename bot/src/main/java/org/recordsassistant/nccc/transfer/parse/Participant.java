package org.recordsassistant.nccc.transfer.parse;

import java.time.OffsetDateTime;

/**
 * Someone who wrote at least one message (system events do not count).
 *
 * @param name the name or phone number as the export shows it
 * @param messageCount how many messages, media and calls they have
 * @param firstSeen timestamp of their first message in file order
 * @param lastSeen timestamp of their last message in file order
 */
public record Participant(String name, long messageCount, OffsetDateTime firstSeen, OffsetDateTime lastSeen) {
}
