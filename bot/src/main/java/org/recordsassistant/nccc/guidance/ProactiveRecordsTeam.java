package org.recordsassistant.nccc.guidance;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.teams.spi.Cards;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * Posts escalations to the records team's 1:1 chat with the bot ({@code nccc.guidance.records-team-user}).
 * With no user configured, or one who has never talked to the bot, nothing is sent and the caller
 * tells the asker to contact the team directly.
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
		return messenger.sendCard(recordsTeamUser, card(escalation)).thenApply(id -> true);
	}

	static ObjectNode card(Escalation escalation) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("Question passed on by the NCCC assistant"));
		body.add(Cards.facts("Reference", escalation.reference(),
				"From", Cards.escape(escalation.askerName() == null ? "(name not given)" : escalation.askerName()),
				"Answer they saw", escalation.entryId() == null ? "none" : escalation.entryId()));
		String question = escalation.question() == null || escalation.question().isBlank() ? "(no question text)"
				: escalation.question();
		body.add(Cards.text("Question: " + Cards.escape(question)).put("id", "asked"));
		body.add(Cards.subtle("Please reply to them directly and quote the reference."));
		return card;
	}
}
