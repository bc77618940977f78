package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.notification.NotificationCards.Note;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionOperations;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * What an IAO (or deputy) does on the card: acknowledge it, or ask the declarant for more information.
 * Both are recorded in the audit trail, and the card message is updated in place so everyone who sees it
 * sees the new state. Acknowledging twice changes nothing; a replayed "Send" (same request id) is relayed once.
 * Logs carry notification ids only, never the comment.
 */
final class IaoActions {
	private static final Logger log = LoggerFactory.getLogger(IaoActions.class);
	private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(20);
	static final String EMPTY_COMMENT = "Type your question in the box before pressing Send.";
	static final String TOO_LONG = "Your question is longer than " + NotificationCards.MAX_COMMENT_CHARS
			+ " characters. Please shorten it and send it again.";
	static final String NO_DECLARANT = "I don't know who to ask about this one, so nothing was sent. Please contact "
			+ "the records team.";
	static final String NOT_RELAYED = "I couldn't pass your question on: they can't be reached in Teams or by email "
			+ "just now. Nothing was recorded; please try again later or contact them directly.";
	static final String NOT_DELIVERED = "This notice has not reached the IAO yet, so it can't be acted on.";

	private final NotificationRepository notifications;
	private final NoticeViews views;
	private final ProactiveMessenger messenger;
	private final EmailNotices email;
	private final TransactionOperations transaction;
	private final Function<String, String> areaLabels;
	private final Clock clock;

	IaoActions(NotificationRepository notifications, NoticeViews views, ProactiveMessenger messenger,
			EmailNotices email, TransactionOperations transaction, Function<String, String> areaLabels, Clock clock) {
		this.notifications = notifications;
		this.views = views;
		this.messenger = messenger;
		this.email = email;
		this.transaction = transaction;
		this.areaLabels = areaLabels;
		this.clock = clock;
	}

	CompletableFuture<CardActionResult> acknowledge(Notification n, String actorKey, String actorName) {
		NoticeViews named = views.naming(actorKey, actorName);
		if (n.acknowledged()) {
			return completedFuture(CardActionResult.replaceCard(named.readOnly(n, Note.NONE)));
		}
		if (n.status() != NotificationStatus.SENT) {
			return completedFuture(CardActionResult.message(NOT_DELIVERED));
		}
		Instant now = clock.instant();
		boolean ours = Boolean.TRUE.equals(transaction.execute(status -> {
			if (!notifications.acknowledge(n.id(), actorKey, now)) {
				return false;
			}
			notifications.recordAction(UUID.randomUUID().toString(), n.id(), NoticeViews.ACKNOWLEDGED, actorKey, null,
					now);
			return true;
		}));
		Notification current = notifications.find(n.id()).orElseThrow();
		ObjectNode card = named.readOnly(current, Note.NONE);
		if (!ours) {
			// Someone else acknowledged it a moment earlier: show them the final card.
			return completedFuture(CardActionResult.replaceCard(card));
		}
		log.info("Notification {} acknowledged", n.id());
		return updateInPlace(current, card).thenApply(updated -> CardActionResult.replaceCard(card));
	}

	CompletableFuture<CardActionResult> requestInfo(Notification n, Note note, String actorKey, String actorName,
			String rawComment, String requestId) {
		NoticeViews named = views.naming(actorKey, actorName);
		if (n.acknowledged()) {
			return completedFuture(CardActionResult.replaceCard(named.readOnly(n, Note.NONE)));
		}
		String comment = rawComment == null ? "" : rawComment.strip();
		if (comment.isEmpty()) {
			return completedFuture(CardActionResult.message(EMPTY_COMMENT));
		}
		if (comment.length() > NotificationCards.MAX_COMMENT_CHARS) {
			return completedFuture(CardActionResult.message(TOO_LONG));
		}
		if (n.declarantKey() == null) {
			return completedFuture(CardActionResult.message(NO_DECLARANT));
		}
		String clickId = requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
		if (notifications.actionExists(clickId)) {
			return completedFuture(CardActionResult.replaceCard(named.actionable(n, note)));
		}
		String asker = named.nameOf(actorKey, n);
		return relay(n, asker, comment).thenCompose(delivered -> {
			if (!delivered) {
				log.warn("Notification {}: question not relayed to the declarant", n.id());
				return completedFuture(CardActionResult.message(NOT_RELAYED));
			}
			try {
				notifications.recordAction(clickId, n.id(), NoticeViews.INFO_REQUESTED, actorKey, comment, clock.instant());
			} catch (DuplicateKeyException sameClickTwice) {
				// A replay raced this one past the check above; the first is on record.
			}
			log.info("Notification {}: question relayed to the declarant", n.id());
			Notification current = notifications.find(n.id()).orElseThrow();
			NoticeViews.Rendered cards = named.both(current, note);
			return updateInPlace(current, cards.readOnly())
					.thenApply(updated -> CardActionResult.replaceCard(cards.actionable()));
		});
	}

	/** The question in the declarant's chat, or by email when the bot cannot reach them there. */
	private CompletableFuture<Boolean> relay(Notification n, String asker, String comment) {
		String area = n.businessArea() == null ? "your business area" : areaLabels.apply(n.businessArea());
		String text = "**" + Cards.escape(asker) + "**, Information Asset Owner for " + Cards.escape(area)
				+ ", asks about " + subject(n) + ":\n\n> " + Cards.escape(comment).replace("\n", "\n> ")
				+ "\n\nPlease reply to them directly.";
		return messenger.sendText(n.declarantKey(), text).orTimeout(RELAY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.thenApply(id -> true).exceptionally(error -> {
					try {
						email.sendText(n.declarantKey(), "A question from your Information Asset Owner",
								asker + ", Information Asset Owner for " + area + ", asks about " + plain(subject(n))
										+ ":\n\n" + comment + "\n\nPlease reply to them directly.");
						return true;
					} catch (RuntimeException mailFailed) {
						return false;
					}
				});
	}

	private static String subject(Notification n) {
		return switch (n.kind()) {
			case DECLARATION_SUBMITTED, DECLARATION_AMENDED -> "your declaration **" + n.subjectRef() + "**";
			case RECORD_FILED -> "the messages you filed in the records library";
			case SECRET_REPORTED -> "your report **" + n.subjectRef() + "**";
		};
	}

	private static String plain(String markdown) {
		return markdown.replace("**", "");
	}

	/** Replaces the card message in the IAO's chat, for everyone; the click still succeeds if this fails. */
	private CompletableFuture<Void> updateInPlace(Notification n, ObjectNode card) {
		if (n.channel() != DeliveryChannel.TEAMS || n.activityId() == null) {
			return completedFuture(null);
		}
		return messenger.updateCard(n.iaoKey(), n.activityId(), card)
				.orTimeout(RELAY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).exceptionally(error -> {
					log.warn("Notification {}: the card in the IAO's chat could not be updated", n.id());
					return null;
				});
	}
}
