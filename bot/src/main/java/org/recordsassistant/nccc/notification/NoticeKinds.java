package org.recordsassistant.nccc.notification;

/**
 * The kinds of IAO notice as the overview and digest read them from {@code iao_notification.kind}: plain strings,
 * since a row may come from another version; names come from {@link NotificationKind}.
 */
final class NoticeKinds {
	static final String DECLARATION_SUBMITTED = NotificationKind.DECLARATION_SUBMITTED.name();
	static final String DECLARATION_AMENDED = NotificationKind.DECLARATION_AMENDED.name();
	static final String RECORD_FILED = NotificationKind.RECORD_FILED.name();
	static final String SECRET_REPORTED = NotificationKind.SECRET_REPORTED.name();

	private NoticeKinds() {
	}

	static String label(String kind) {
		return NotificationKind.stored(kind).map(known -> known.label).orElse("Notice");
	}

	/** "2 declarations", "1 filed record": for counts in a sentence. */
	static String counted(String kind, int count) {
		String noun = NotificationKind.stored(kind).map(known -> known.noun).orElse("other notice");
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
