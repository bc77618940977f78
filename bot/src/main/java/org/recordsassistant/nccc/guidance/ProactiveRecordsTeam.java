package org.recordsassistant.nccc.guidance;

import java.util.concurrent.CompletableFuture;

import org.recordsassistant.nccc.teams.ProactiveMessenger;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * Posts escalations, with a reply form, to the records team's 1:1 chat with the bot
 * ({@code nccc.guidance.records-team-user}). With no user configured, or one who has never talked to
 * the bot, nothing is sent and the caller tells the asker to contact the team directly.
 */
final class ProactiveRecordsTeam implements RecordsTeam {
	private final ProactiveMessenger messenger;
	private final String recordsTeamUser;

	ProactiveRecordsTeam(ProactiveMessenger messenger, String recordsTeamUser) {
		this.messenger = messenger;
		this.recordsTeamUser = recordsTeamUser == null ? "" : recordsTeamUser.strip();
	}

	@Override
	public CompletableFuture<Boolean> pass(Escalation escalation) {
		if (recordsTeamUser.isEmpty() || !messenger.canReach(recordsTeamUser)) {
			return completedFuture(false);
		}
		return messenger.sendCard(recordsTeamUser, RecordsTeamCards.escalation(escalation)).thenApply(id -> true);
	}
}
