package org.recordsassistant.nccc.teams;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.TextFormatTypes;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.recordsassistant.nccc.teams.spi.Turn;

/** {@link Turn} over a Bot Framework {@link TurnContext}. */
final class TeamsTurn implements Turn {
	private final TurnContext context;
	private final Sender sender;
	private final String text;

	TeamsTurn(TurnContext context) {
		this.context = context;
		this.sender = senderOf(context.getActivity());
		this.text = textOf(context.getActivity());
	}

	static Sender senderOf(Activity activity) {
		ChannelAccount from = activity.getFrom();
		String tenant = activity.getConversation() != null ? activity.getConversation().getTenantId() : null;
		return new Sender(from != null ? from.getId() : null, from != null ? from.getAadObjectId() : null,
				from != null ? from.getName() : null, tenant, activity.getLocale());
	}

	static String textOf(Activity activity) {
		if (activity.getText() == null) {
			return "";
		}
		// In a 1:1 chat there is rarely a mention, but a pasted "@bot help" should still work.
		String withoutMention = activity.getRecipient() != null ? activity.removeRecipientMention() : activity.getText();
		return (withoutMention != null ? withoutMention : activity.getText()).strip();
	}

	@Override
	public Sender sender() {
		return sender;
	}

	@Override
	public String text() {
		return text;
	}

	@Override
	public String conversationId() {
		return context.getActivity().getConversation().getId();
	}

	@Override
	public CompletableFuture<String> sendText(String message) {
		Activity reply = MessageFactory.text(message);
		reply.setTextFormat(TextFormatTypes.MARKDOWN);
		return send(reply);
	}

	@Override
	public CompletableFuture<String> sendCard(ObjectNode card) {
		return send(MessageFactory.attachment(cardAttachment(card)));
	}

	@Override
	public CompletableFuture<String> sendSuggestions(String message, List<String> suggestions) {
		return send(MessageFactory.suggestedActions(suggestions, message));
	}

	@Override
	public CompletableFuture<Void> updateCard(String activityId, ObjectNode card) {
		Activity update = MessageFactory.attachment(cardAttachment(card));
		update.setId(activityId);
		update.setType(ActivityTypes.MESSAGE);
		return context.updateActivity(update).thenApply(r -> null);
	}

	@Override
	public TurnContext context() {
		return context;
	}

	static Attachment cardAttachment(ObjectNode card) {
		Attachment attachment = new Attachment();
		attachment.setContentType(Cards.CONTENT_TYPE);
		attachment.setContent(card);
		return attachment;
	}

	private CompletableFuture<String> send(Activity activity) {
		return context.sendActivity(activity).thenApply(TeamsTurn::idOf);
	}

	private static String idOf(ResourceResponse response) {
		return response != null ? response.getId() : null;
	}
}
