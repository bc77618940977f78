package org.recordsassistant.nccc.notification;

import java.util.Arrays;
import java.util.Optional;

/** What an IAO is told about; stored in {@code iao_notification.kind}. */
enum NotificationKind {
	DECLARATION_SUBMITTED("Declaration", "declaration"),
	DECLARATION_AMENDED("Amended declaration", "amended declaration"),
	RECORD_FILED("Filed record", "filed record"),
	SECRET_REPORTED("SECRET report", "SECRET report");

	/** How the overview and digest name a notice of this kind. */
	final String label;
	/** The same in a sentence: "2 declarations". */
	final String noun;

	NotificationKind(String label, String noun) {
		this.label = label;
		this.noun = noun;
	}

	/** The kind stored as {@code name}, if it is one this version knows. */
	static Optional<NotificationKind> stored(String name) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}
}
