package org.recordsassistant.nccc.transfer.parse;

/** Field names of the normalised conversation JSON, shared by the writer and the reader. */
final class JsonFields {

	static final String SCHEMA_VERSION_FIELD = "schemaVersion";
	static final String SOURCE = "source";
	static final String FORMAT = "format";
	static final String FILE_NAME = "fileName";
	static final String CHAT_ENTRY = "chatEntry";
	static final String SHA256 = "sha256";
	static final String SIZE = "size";
	static final String PARSER_VERSION = "parserVersion";
	static final String DATE_ORDER = "dateOrder";
	static final String ORDER = "order";
	static final String AMBIGUOUS = "ambiguous";
	static final String DECIDED_BY = "decidedBy";
	static final String EVIDENCE_LINE = "evidenceLine";
	static final String LOCALE = "locale";
	static final String TIME_ZONE = "timeZone";
	static final String MESSAGES = "messages";
	static final String INDEX = "index";
	static final String LINE = "line";
	static final String TIMESTAMP = "timestamp";
	static final String LOCAL_DATE_TIME = "localDateTime";
	static final String AUTHOR = "author";
	static final String CHAT_LABEL = "chatLabel";
	static final String TEXT = "text";
	static final String KIND = "kind";
	static final String ATTACHMENTS = "attachments";
	static final String NAME = "name";
	static final String PRESENT = "present";
	static final String FLAGS = "flags";
	static final String PARTICIPANTS = "participants";
	static final String MESSAGE_COUNT = "messageCount";
	static final String FIRST_SEEN = "firstSeen";
	static final String LAST_SEEN = "lastSeen";
	static final String STATS = "stats";
	static final String WARNINGS = "warnings";
	static final String CODE = "code";
	static final String COUNT = "count";
	static final String MESSAGE = "message";

	// stats
	static final String EVENTS = "events";
	static final String SYSTEM_EVENTS = "systemEvents";
	static final String MEDIA_MESSAGES = "mediaMessages";
	static final String CALLS = "calls";
	static final String ATTACHMENTS_REFERENCED = "attachmentsReferenced";
	static final String ATTACHMENTS_PRESENT = "attachmentsPresent";
	static final String ATTACHMENTS_MISSING = "attachmentsMissing";
	static final String MEDIA_OMITTED = "mediaOmitted";
	static final String DELETED = "deleted";
	static final String EDITED = "edited";
	static final String SUSPICIOUS_LINES = "suspiciousLines";
	static final String OUT_OF_ORDER_TIMESTAMPS = "outOfOrderTimestamps";
	static final String DATE_ORDER_CONFLICTS = "dateOrderConflicts";
	static final String DST_ADJUSTED = "dstAdjusted";
	static final String SPLIT_MESSAGES = "splitMessages";
	static final String LARGEST_GAP_SECONDS = "largestGapSeconds";
	static final String LARGEST_GAP_AFTER_INDEX = "largestGapAfterIndex";
	static final String FIRST_TIMESTAMP = "firstTimestamp";
	static final String LAST_TIMESTAMP = "lastTimestamp";
	static final String LIKELY_TRUNCATED = "likelyTruncated";
	static final String EXPORT_LIMIT = "exportLimit";

	private JsonFields() {
	}
}
