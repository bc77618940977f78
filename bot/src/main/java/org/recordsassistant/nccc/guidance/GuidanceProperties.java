package org.recordsassistant.nccc.guidance;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ask job settings.
 *
 * @param supplement a departmental supplement YAML, e.g. {@code file:./config/department.yaml}; blank
 *        for none. Set but missing fails start-up, so a typo cannot silently drop the department's rules.
 * @param questionRetention how long question text is kept (unanswered questions, feedback, escalations)
 * @param recordsTeamUser the user key (Entra object id) whose chat with the bot receives escalations;
 *        blank means users are told to contact the records team directly. May answer them on the card.
 * @param recordsTeamMembers further user keys allowed to answer escalations on the card
 * @param contentOwners user keys allowed to run {@code guidance digest}
 * @param digestSize how many questions, entries and suggestions the digest lists
 * @param purgeCron when the retention purge runs
 */
@ConfigurationProperties("nccc.guidance")
record GuidanceProperties(
		@DefaultValue("") String supplement,
		@DefaultValue("90d") Duration questionRetention,
		@DefaultValue("") String recordsTeamUser,
		@DefaultValue List<String> recordsTeamMembers,
		@DefaultValue List<String> contentOwners,
		@DefaultValue("10") int digestSize,
		@DefaultValue("0 30 3 * * *") String purgeCron) {

	/** Who may answer escalations: the records-team chat's user and the listed members. */
	List<String> repliers() {
		return Stream.concat(Stream.of(recordsTeamUser), recordsTeamMembers.stream()).toList();
	}
}
