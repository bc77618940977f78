package org.recordsassistant.nccc.notification;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.recordsassistant.nccc.notification.NotificationCards.Note;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * The IAO card's verbs (Universal Actions). {@code iao.refresh} answers each viewer with their own view: the
 * buttons for the IAO and deputy, the read-only card for anyone else. {@code iao.acknowledge} and
 * {@code iao.requestInfo} are only for the IAO or deputy of the notice's business area, checked by the Entra
 * object id of the person clicking; anyone else gets a polite refusal and nothing changes.
 */
final class NotificationTurnHandler implements TurnHandler {
	private static final Logger log = LoggerFactory.getLogger(NotificationTurnHandler.class);
	static final String NOT_YOURS = "Only the Information Asset Owner (IAO) for this business area, or their deputy, "
			+ "can acknowledge this or ask for more information. If that should be you, ask the records team to "
			+ "update the assistant's IAO settings.";
	static final String UNKNOWN = "I can't find the notice this card is about. It may come from an older version "
			+ "of the assistant.";

	private final NotificationRepository notifications;
	private final NoticeViews views;
	private final IaoActions actions;
	private final Function<String, IaoRouting.Route> routing;

	NotificationTurnHandler(NotificationRepository notifications, NoticeViews views, IaoActions actions,
			Function<String, IaoRouting.Route> routing) {
		this.notifications = notifications;
		this.views = views;
		this.actions = actions;
		this.routing = routing;
	}

	@Override
	public Set<String> verbs() {
		return Set.of(NotificationCards.ACKNOWLEDGE, NotificationCards.REQUEST_INFO, NotificationCards.REFRESH);
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		String id = action.text(NotificationCards.NOTIFICATION_ID);
		Optional<Notification> found = id == null ? Optional.empty() : notifications.find(id);
		if (found.isEmpty()) {
			return completedFuture(CardActionResult.message(UNKNOWN));
		}
		Notification n = found.get();
		Sender sender = turn.sender();
		boolean owner = mayAct(n, sender.aadObjectId());
		Note note = Note.from(action.text(NotificationCards.NOTE));
		if (NotificationCards.REFRESH.equals(action.verb())) {
			return completedFuture(CardActionResult.replaceCard(owner && !n.acknowledged()
					? views.actionable(n, note) : views.readOnly(n, note)));
		}
		if (!owner) {
			log.info("Notification {}: {} refused, the sender is not its IAO or deputy", n.id(), action.verb());
			return completedFuture(CardActionResult.message(NOT_YOURS));
		}
		if (NotificationCards.ACKNOWLEDGE.equals(action.verb())) {
			return actions.acknowledge(n, sender.aadObjectId(), sender.name());
		}
		return actions.requestInfo(n, note, sender.aadObjectId(), sender.name(),
				action.text(NotificationCards.COMMENT), action.text(NotificationCards.REQUEST_ID));
	}

	/** The IAO or deputy it was sent to, or whoever owns the area now (routing can change meanwhile). */
	private boolean mayAct(Notification n, String aadObjectId) {
		if (aadObjectId == null || aadObjectId.isBlank()) {
			return false;
		}
		if (n.ownedBy(aadObjectId)) {
			return true;
		}
		IaoRouting.Route now = routing.apply(n.businessArea());
		return aadObjectId.equals(now.iao()) || aadObjectId.equals(now.deputy());
	}
}
