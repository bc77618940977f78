package org.recordsassistant.nccc.teams;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.microsoft.bot.schema.Activity;

/**
 * Reads incoming activities with our own Jackson 2 mapper. The SDK's annotations read the timestamp
 * fraction as nanoseconds, reject timestamps without a fraction and shift {@code localTimestamp} to
 * UTC (tech-notes §2.1); the mix-in below restores plain ISO-8601 handling.
 */
final class ActivityMapper {

	private final ObjectMapper mapper = new ObjectMapper()
			.registerModule(new JavaTimeModule())
			.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.addMixIn(Activity.class, ActivityTimestamps.class);

	/**
	 * @throws MalformedActivityException when the body is not an activity
	 */
	Activity read(String body) {
		if (body == null || body.isBlank()) {
			throw new MalformedActivityException("The request body is empty.");
		}
		try {
			Activity activity = mapper.readValue(body, Activity.class);
			if (activity == null || activity.getType() == null || activity.getType().isBlank()) {
				throw new MalformedActivityException("The activity has no type.");
			}
			if (activity.getServiceUrl() == null || activity.getServiceUrl().isBlank()) {
				throw new MalformedActivityException("The activity has no serviceUrl to answer on.");
			}
			return activity;
		} catch (JsonProcessingException e) {
			// Jackson's message may quote the body; keep only where it failed.
			String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
					+ e.getLocation().getColumnNr();
			throw new MalformedActivityException("The request body is not a valid activity" + where + ".");
		}
	}

	ObjectMapper mapper() {
		return mapper;
	}

	@SuppressWarnings("unused")
	abstract static class ActivityTimestamps {
		@JsonProperty("timestamp")
		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		@JsonFormat(shape = JsonFormat.Shape.STRING)
		private OffsetDateTime timestamp;

		@JsonProperty("localTimestamp")
		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		@JsonFormat(shape = JsonFormat.Shape.STRING)
		private OffsetDateTime localTimestamp;
	}

	static final class MalformedActivityException extends RuntimeException {
		MalformedActivityException(String message) {
			super(message);
		}
	}
}
