package org.recordsassistant.nccc.notification;

/** The kinds of IAO notice in {@code iao_notification.kind}, and how the overview and digest name them. */
final class NoticeKinds {
	static final String DECLARATION_SUBMITTED = "DECLARATION_SUBMITTED";
	static final String DECLARATION_AMENDED = "DECLARATION_AMENDED";
	static final String RECORD_FILED = "RECORD_FILED";
	static final String SECRET_REPORTED = "SECRET_REPORTED";

	private NoticeKinds() {
	}

	static String label(String kind) {
		return switch (kind == null ? "" : kind) {
			case DECLARATION_SUBMITTED -> "Declaration";
			case DECLARATION_AMENDED -> "Amended declaration";
			case RECORD_FILED -> "Filed record";
			case SECRET_REPORTED -> "SECRET report";
			default -> "Notice";
		};
	}

	/** "2 declarations", "1 filed record": for counts in a sentence. */
	static String counted(String kind, int count) {
		String noun = switch (kind == null ? "" : kind) {
			case DECLARATION_SUBMITTED -> "declaration";
			case DECLARATION_AMENDED -> "amended declaration";
			case RECORD_FILED -> "filed record";
			case SECRET_REPORTED -> "SECRET report";
			default -> "other notice";
		};
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
