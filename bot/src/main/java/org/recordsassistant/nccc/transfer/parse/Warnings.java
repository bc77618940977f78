package org.recordsassistant.nccc.transfer.parse;

import java.util.ArrayList;
import java.util.List;

/** Turns counts into the warnings shown to the user. Codes are stable; texts never quote the chat. */
final class Warnings {

	static final String AMBIGUOUS_DATE_ORDER = "AMBIGUOUS_DATE_ORDER";
	static final String SUSPICIOUS_LINES = "SUSPICIOUS_LINES";
	static final String LINES_BEFORE_FIRST_MESSAGE = "LINES_BEFORE_FIRST_MESSAGE";
	static final String MISSING_ATTACHMENTS = "MISSING_ATTACHMENTS";
	static final String MEDIA_OMITTED = "MEDIA_OMITTED";
	static final String OUT_OF_ORDER_TIMESTAMPS = "OUT_OF_ORDER_TIMESTAMPS";
	static final String DATE_ORDER_CONFLICTS = "DATE_ORDER_CONFLICTS";
	static final String DST_ADJUSTED = "DST_ADJUSTED";
	static final String SPLIT_MESSAGES = "SPLIT_MESSAGES";
	static final String PARTICIPANTS_NOT_LISTED = "PARTICIPANTS_NOT_LISTED";
	static final String LIKELY_TRUNCATED = "LIKELY_TRUNCATED";

	private Warnings() {
	}

	static List<ParseWarning> from(DateOrderDecision decision, ConversationStats stats, long linesBeforeFirst,
			long participantsNotListed) {
		List<ParseWarning> warnings = new ArrayList<>();
		if (decision.ambiguous()) {
			warnings.add(new ParseWarning(AMBIGUOUS_DATE_ORDER, 1, "No date in the chat shows whether it puts the day "
					+ "or the month first; dates were read as " + describe(decision.order())
					+ " from your settings. Check the dates before filing."));
		}
		add(warnings, SUSPICIOUS_LINES, stats.suspiciousLines(), "Lines that began like a date but could not be read "
				+ "as one, kept as part of the message before them");
		add(warnings, LINES_BEFORE_FIRST_MESSAGE, linesBeforeFirst,
				"Lines before the first message, which belong to no message and are not in the record");
		add(warnings, MISSING_ATTACHMENTS, stats.attachmentsMissing(),
				"Attached files mentioned in the chat but not included in the upload");
		add(warnings, MEDIA_OMITTED, stats.mediaOmitted(),
				"Photos, videos or other media left out when the chat was exported");
		add(warnings, OUT_OF_ORDER_TIMESTAMPS, stats.outOfOrderTimestamps(),
				"Messages dated earlier than the message before them");
		add(warnings, DATE_ORDER_CONFLICTS, stats.dateOrderConflicts(),
				"Dates only valid with day and month the other way round, read that way");
		add(warnings, DST_ADJUSTED, stats.dstAdjusted(),
				"Times in a clock change, whose offset was chosen automatically");
		add(warnings, SPLIT_MESSAGES, stats.splitMessages(), "Extra parts created to store very long messages");
		add(warnings, PARTICIPANTS_NOT_LISTED, participantsNotListed,
				"Authors beyond the participant list limit, not listed (their messages are kept)");
		if (stats.likelyTruncated()) {
			warnings.add(new ParseWarning(LIKELY_TRUNCATED, 1, "The chat has about " + stats.exportLimit()
					+ " messages, WhatsApp's export limit, so older messages may be missing. Export without media, "
					+ "or add a note about the earlier period."));
		}
		return warnings;
	}

	private static void add(List<ParseWarning> warnings, String code, long count, String what) {
		if (count > 0) {
			warnings.add(new ParseWarning(code, count, what + ": " + count + "."));
		}
	}

	private static String describe(DateOrder order) {
		return order == DateOrder.MONTH_FIRST ? "month first" : "day first";
	}
}
