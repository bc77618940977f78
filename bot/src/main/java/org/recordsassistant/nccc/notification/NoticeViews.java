package org.recordsassistant.nccc.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.notification.NotificationCards.Note;
import org.recordsassistant.nccc.notification.NotificationCards.Progress;

/**
 * Renders a notification's card as it stands now: who acknowledged it or asked for information (named from
 * the directory), and whose Teams clients refresh to the view with buttons.
 */
final class NoticeViews {
	static final String ACKNOWLEDGED = "ACKNOWLEDGED";
	static final String INFO_REQUESTED = "INFO_REQUESTED";
	static final String REMINDED = "REMINDED";
	static final String ESCALATED = "ESCALATED";

	private final NotificationRepository notifications;
	private final Function<String, String> displayNames;
	private final Function<String, List<String>> teamsIds;

	/**
	 * @param displayNames user key to display name, or null when unknown
	 * @param teamsIds user key to the ids a Teams client knows them by, for {@code refresh.userIds}
	 */
	NoticeViews(NotificationRepository notifications, Function<String, String> displayNames,
			Function<String, List<String>> teamsIds) {
		this.notifications = notifications;
		this.displayNames = displayNames;
		this.teamsIds = teamsIds;
	}

	/** These views, naming {@code userKey} as {@code name} (from the turn) when the directory does not know them. */
	NoticeViews naming(String userKey, String name) {
		if (userKey == null || name == null || name.isBlank()) {
			return this;
		}
		return new NoticeViews(notifications, key -> {
			String known = displayNames.apply(key);
			return known == null && userKey.equals(key) ? name : known;
		}, teamsIds);
	}

	ObjectNode readOnly(Notification n, Note note) {
		return NotificationCards.readOnly(n, progress(n), note, viewers(n));
	}

	/** The view with buttons; each rendering gets a new request id, so a replayed "Send" is relayed once. */
	ObjectNode actionable(Notification n, Note note) {
		return NotificationCards.actionable(n, progress(n), note, viewers(n), UUID.randomUUID().toString());
	}

	/**
	 * The read-only view (with no note) and the view with buttons (with {@code note}), from one look at the
	 * notice's progress and viewers.
	 */
	Rendered both(Notification n, Note note) {
		Progress progress = progress(n);
		List<String> viewers = viewers(n);
		return new Rendered(NotificationCards.readOnly(n, progress, Note.NONE, viewers),
				NotificationCards.actionable(n, progress, note, viewers, UUID.randomUUID().toString()));
	}

	record Rendered(ObjectNode readOnly, ObjectNode actionable) {
	}

	/** The IAO's and deputy's Teams ids: every form we know, as Teams matches {@code userIds} to its own. */
	List<String> viewers(Notification n) {
		List<String> ids = new ArrayList<>(teamsIds.apply(n.iaoKey()));
		if (n.hasDeputy()) {
			teamsIds.apply(n.deputyKey()).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
		}
		return ids;
	}

	Progress progress(Notification n) {
		if (n.status() == NotificationStatus.QUEUED) {
			return Progress.NONE;
		}
		String acknowledgedBy = n.acknowledged() ? nameOf(n.acknowledgedBy(), n) : null;
		return notifications.latestAction(n.id(), INFO_REQUESTED)
				.map(asked -> new Progress(acknowledgedBy, n.acknowledgedAt(), nameOf(asked.actorKey(), n), asked.at()))
				.orElse(new Progress(acknowledgedBy, n.acknowledgedAt(), null, null));
	}

	/** A person's display name; when the directory does not know them, their role on this notification. */
	String nameOf(String userKey, Notification n) {
		String name = userKey == null ? null : displayNames.apply(userKey);
		if (name != null && !name.isBlank()) {
			return name;
		}
		if (userKey != null && userKey.equals(n.iaoKey())) {
			return "the IAO";
		}
		return userKey != null && userKey.equals(n.deputyKey()) ? "the deputy IAO" : "an IAO";
	}
}
