package org.recordsassistant.nccc.transfer.parse;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts as messages go past. Holds one entry per participant (capped) and a handful of numbers, never messages.
 */
final class SummaryCollector {

	static final long EXPORT_LIMIT_WITHOUT_MEDIA = 40_000;
	static final long EXPORT_LIMIT_WITH_MEDIA = 10_000;
	/** Counts within this fraction of a limit, either side, are "near" it. */
	static final double NEAR_LIMIT_FRACTION = 0.05;

	private final int maxParticipants;
	private final Map<String, ParticipantCounter> participants = new LinkedHashMap<>();
	private long participantsNotListed;

	long events;
	long messages;
	long systemEvents;
	long mediaMessages;
	long calls;
	long attachmentsReferenced;
	long attachmentsPresent;
	long mediaOmitted;
	long deleted;
	long edited;
	long suspiciousLines;
	long linesBeforeFirstMessage;
	long outOfOrder;
	long dateOrderConflicts;
	long dstAdjusted;
	long splitMessages;
	private long largestGapSeconds;
	private long largestGapAfterIndex = -1;
	private OffsetDateTime earliest;
	private OffsetDateTime latest;
	private OffsetDateTime previous;
	private long previousEpochSecond;
	private long earliestEpochSecond;
	private long latestEpochSecond;

	SummaryCollector(int maxParticipants) {
		this.maxParticipants = maxParticipants;
	}

	/** Whether this message's timestamp is earlier than the previous one's; call before {@link #add}. */
	boolean isOutOfOrder(OffsetDateTime timestamp) {
		return previous != null && (timestamp.toEpochSecond() < previousEpochSecond
				|| timestamp.toEpochSecond() == previousEpochSecond && timestamp.getNano() < previous.getNano());
	}

	void add(ChatMessage message) {
		OffsetDateTime timestamp = message.timestamp();
		long epochSecond = timestamp.toEpochSecond();
		if (previous != null) {
			long gap = epochSecond - previousEpochSecond;
			if (gap > largestGapSeconds) {
				largestGapSeconds = gap;
				largestGapAfterIndex = message.index() - 1;
			}
		}
		previous = timestamp;
		previousEpochSecond = epochSecond;
		if (earliest == null || epochSecond < earliestEpochSecond) {
			earliest = timestamp;
			earliestEpochSecond = epochSecond;
		}
		if (latest == null || epochSecond > latestEpochSecond) {
			latest = timestamp;
			latestEpochSecond = epochSecond;
		}
		events++;
		switch (message.kind()) {
			case SYSTEM -> systemEvents++;
			case MEDIA -> mediaMessages++;
			case CALL -> calls++;
			default -> {
				// counted below as a participant's message
			}
		}
		if (message.kind() != MessageKind.SYSTEM) {
			messages++;
		}
		for (Attachment attachment : message.attachments()) {
			attachmentsReferenced++;
			if (attachment.present()) {
				attachmentsPresent++;
			}
		}
		countFlags(message);
		if (message.author() != null) {
			countAuthor(message.author(), timestamp);
		}
	}

	private void countFlags(ChatMessage message) {
		for (MessageFlag flag : message.flags()) {
			switch (flag) {
				case DELETED -> deleted++;
				case EDITED -> edited++;
				case MEDIA_OMITTED -> mediaOmitted++;
				case OUT_OF_ORDER -> outOfOrder++;
				case DATE_ORDER_CONFLICT -> dateOrderConflicts++;
				case DST_ADJUSTED -> dstAdjusted++;
				case SPLIT -> splitMessages++;
				default -> throw new IllegalStateException("Unhandled flag " + flag);
			}
		}
	}

	private void countAuthor(String author, OffsetDateTime timestamp) {
		ParticipantCounter counter = participants.get(author);
		if (counter == null) {
			if (participants.size() >= maxParticipants) {
				participantsNotListed++;
				return;
			}
			counter = new ParticipantCounter(timestamp);
			participants.put(author, counter);
		}
		counter.count++;
		counter.lastSeen = timestamp;
	}

	ParseSummary summary(ExportFormat format, DateOrderDecision decision, ZoneId zone) {
		List<Participant> listed = new ArrayList<>(participants.size());
		participants.forEach((name, counter) -> listed
			.add(new Participant(name, counter.count, counter.firstSeen, counter.lastSeen)));
		long limit = attachmentsReferenced > 0 ? EXPORT_LIMIT_WITH_MEDIA : EXPORT_LIMIT_WITHOUT_MEDIA;
		boolean likelyTruncated = Math.abs(events - limit) <= limit * NEAR_LIMIT_FRACTION;
		ConversationStats stats = new ConversationStats(events, messages, systemEvents, mediaMessages, calls,
				attachmentsReferenced, attachmentsPresent, attachmentsReferenced - attachmentsPresent, mediaOmitted,
				deleted, edited, suspiciousLines, outOfOrder, dateOrderConflicts, dstAdjusted, splitMessages,
				largestGapSeconds, largestGapAfterIndex, earliest, latest, likelyTruncated, limit);
		return new ParseSummary(format, decision, zone, listed, stats, Warnings.from(decision, stats,
				linesBeforeFirstMessage, participantsNotListed));
	}

	private static final class ParticipantCounter {

		private final OffsetDateTime firstSeen;
		private OffsetDateTime lastSeen;
		private long count;

		ParticipantCounter(OffsetDateTime firstSeen) {
			this.firstSeen = firstSeen;
			this.lastSeen = firstSeen;
		}
	}
}
