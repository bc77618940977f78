package org.recordsassistant.nccc.teams;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;

/**
 * The activity handler: stores the conversation reference, hands each turn to the {@link TurnRouter}
 * and saves conversation and user state at the end of the turn. No business decisions here.
 */
class NcccBot extends TeamsActivityHandler {
	private final TurnRouter router;
	private final ConversationReferences references;
	private final ConversationState conversationState;
	private final UserState userState;

	NcccBot(TurnRouter router, ConversationReferences references, ConversationState conversationState,
			UserState userState) {
		this.router = router;
		this.references = references;
		this.conversationState = conversationState;
		this.userState = userState;
	}

	@Override
	public CompletableFuture<Void> onTurn(TurnContext turnContext) {
		return super.onTurn(turnContext)
				.thenCompose(done -> conversationState.saveChanges(turnContext))
				.thenCompose(done -> userState.saveChanges(turnContext));
	}

	@Override
	protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
		references.remember(turnContext.getActivity());
		return router.onMessage(turnContext);
	}

	@Override
	protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turnContext,
			AdaptiveCardInvokeValue invokeValue) {
		references.remember(turnContext.getActivity());
		return router.onExecute(turnContext, invokeValue);
	}

	/**
	 * Handles members-added ourselves: the Teams base class would look every member up through the
	 * connector first, and all we need is whether the bot itself was added.
	 */
	@Override
	protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turnContext) {
		var activity = turnContext.getActivity();
		if (activity.getMembersAdded() == null || activity.getRecipient() == null) {
			return CompletableFuture.completedFuture(null);
		}
		String botId = activity.getRecipient().getId();
		boolean botAdded = activity.getMembersAdded().stream().map(ChannelAccount::getId).anyMatch(botId::equals);
		if (!botAdded) {
			return CompletableFuture.completedFuture(null);
		}
		references.remember(activity);
		return router.onWelcome(turnContext);
	}

	@Override
	protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turnContext) {
		// The welcome card goes out with the conversationUpdate that accompanies the install.
		references.remember(turnContext.getActivity());
		return CompletableFuture.completedFuture(null);
	}
}
