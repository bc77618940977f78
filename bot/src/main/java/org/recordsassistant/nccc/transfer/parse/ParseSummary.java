package org.recordsassistant.nccc.transfer.parse;

import java.time.ZoneId;
import java.util.List;

/**
 * What the parser learned about a whole export, available once every message has been emitted. Small: its size
 * depends on the number of participants, never on the number of messages.
 *
 * @param format the line shape of the first message line
 * @param dateOrder the date order and how it was decided
 * @param zone the zone used to turn local times into offsets
 * @param participants authors in order of first appearance (at most {@link WhatsAppExportParser#MAX_PARTICIPANTS})
 * @param stats counts
 * @param warnings things to tell the user, possibly empty
 */
public record ParseSummary(ExportFormat format, DateOrderDecision dateOrder, ZoneId zone,
		List<Participant> participants, ConversationStats stats, List<ParseWarning> warnings) {

	public ParseSummary {
		participants = List.copyOf(participants);
		warnings = List.copyOf(warnings);
	}
}
