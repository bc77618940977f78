package org.recordsassistant.nccc.guidance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ask job settings.
 *
 * @param supplement a departmental supplement YAML, e.g. {@code file:./config/department.yaml}; blank
 *        for none. Set but missing fails start-up, so a typo cannot silently drop the department's rules.
 * @param questionRetention how long question text is kept (unanswered questions, feedback, escalations)
 * @param recordsTeamUser the user key (Entra object id) whose chat with the bot receives escalations;
 *        blank means users are told to contact the records team directly
 * @param purgeCron when the retention purge runs
 */
@ConfigurationProperties("nccc.guidance")
record GuidanceProperties(
		@DefaultValue("") String supplement,
		@DefaultValue("90d") Duration questionRetention,
		@DefaultValue("") String recordsTeamUser,
		@DefaultValue("0 30 3 * * *") String purgeCron) {
}
