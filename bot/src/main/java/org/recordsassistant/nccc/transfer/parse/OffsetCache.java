package org.recordsassistant.nccc.transfer.parse;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Gives local times their offset in a zone. Chats are mostly in time order, so it remembers the stretch of local
 * time between two clock changes in which the offset is fixed and answers from it without asking the zone rules.
 * Times in a gap or overlap are resolved as {@link ZonedDateTime#ofLocal} does (gap: moved forward by its length,
 * overlap: the earlier offset) and reported by {@link #adjusted()}.
 */
final class OffsetCache {

	private final ZoneId zone;
	private final ZoneRules rules;
	private LocalDateTime safeFrom;
	private LocalDateTime safeUntil;
	private ZoneOffset offset;
	private boolean adjusted;

	OffsetCache(ZoneId zone) {
		this.zone = zone;
		this.rules = zone.getRules();
	}

	OffsetDateTime timestamp(LocalDateTime local) {
		if (offset != null && !local.isBefore(safeFrom) && local.isBefore(safeUntil)) {
			adjusted = false;
			return OffsetDateTime.of(local, offset);
		}
		adjusted = rules.getTransition(local) != null;
		OffsetDateTime result = ZonedDateTime.ofLocal(local, zone, null).toOffsetDateTime();
		if (!adjusted) {
			remember(result);
		}
		return result;
	}

	/** Whether the last time fell in a gap or overlap. */
	boolean adjusted() {
		return adjusted;
	}

	private void remember(OffsetDateTime time) {
		offset = time.getOffset();
		ZoneOffsetTransition previous = rules.previousTransition(time.toInstant().plusNanos(1));
		ZoneOffsetTransition next = rules.nextTransition(time.toInstant());
		safeFrom = previous == null ? LocalDateTime.MIN : later(previous.getDateTimeBefore(), previous.getDateTimeAfter());
		safeUntil = next == null ? LocalDateTime.MAX : earlier(next.getDateTimeBefore(), next.getDateTimeAfter());
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}
}
