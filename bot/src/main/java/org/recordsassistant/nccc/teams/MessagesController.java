package org.recordsassistant.nccc.teams;

import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: the Bot Connector's only way in. The body is read as a String and
 * parsed with our own mapper, so Spring's Jackson 3 never sees the SDK's types (tech-notes §1).
 * Order: parse (400), authenticate (401), service URL and tenant (403), then run the turn.
 * Failures answer with a short JSON reason and never a stack trace.
 */
@RestController
class MessagesController {
	private static final Logger log = LoggerFactory.getLogger(MessagesController.class);

	private final NcccAdapter adapter;
	private final NcccBot bot;
	private final ActivityMapper activities;
	private final InboundPolicy policy;
	private final CredentialProvider credentials;
	private final ChannelProvider channels;
	private final AuthenticationConfiguration authConfig;
	private final ObjectMapper json = new ObjectMapper();

	MessagesController(NcccAdapter adapter, NcccBot bot, ActivityMapper activities, InboundPolicy policy,
			CredentialProvider credentials, ChannelProvider channels, AuthenticationConfiguration authConfig) {
		this.adapter = adapter;
		this.bot = bot;
		this.activities = activities;
		this.policy = policy;
		this.credentials = credentials;
		this.channels = channels;
		this.authConfig = authConfig;
	}

	/** Clients such as the Agents Playground check the endpoint is up with HEAD before they post. */
	@RequestMapping(path = "/api/messages", method = RequestMethod.HEAD)
	ResponseEntity<Void> reachable() {
		return ResponseEntity.ok().build();
	}

	@PostMapping(path = "/api/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> incoming(@RequestBody(required = false) String body,
			@RequestHeader(name = "Authorization", defaultValue = "") String authHeader) {
		Activity activity;
		try {
			activity = activities.read(body);
		} catch (ActivityMapper.MalformedActivityException e) {
			return error(HttpStatus.BAD_REQUEST, e.getMessage());
		}

		ClaimsIdentity identity;
		try {
			identity = JwtTokenValidation.authenticateRequest(activity, authHeader, credentials, channels, authConfig)
					.join();
		} catch (RuntimeException e) {
			// Any failure to establish who is calling is a 401; the reason stays in our log, not the reply.
			log.warn("Rejected unauthenticated activity of type {}: {}", activity.getType(),
					NestedExceptionUtils.getMostSpecificCause(e).getClass().getSimpleName());
			return error(HttpStatus.UNAUTHORIZED, "The request is not authenticated.");
		}

		String refusal = policy.refusal(activity);
		if (refusal != null) {
			log.warn("Refused activity {} of type {}: {}", activity.getId(), activity.getType(), refusal);
			return error(HttpStatus.FORBIDDEN, refusal);
		}

		try {
			InvokeResponse invoke = adapter.processActivity(identity, activity, bot::onTurn).get();
			if (invoke == null) {
				return ResponseEntity.ok().build();
			}
			String responseBody = invoke.getBody() == null ? null : Serialization.toString(invoke.getBody());
			return ResponseEntity.status(invoke.getStatus()).contentType(MediaType.APPLICATION_JSON).body(responseBody);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return error(HttpStatus.SERVICE_UNAVAILABLE, "The bot is shutting down; please try again.");
		} catch (ExecutionException | RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
			log.error("Turn failed for activity {} of type {}: {} at {}", activity.getId(), activity.getType(),
					cause.getClass().getName(), frames(cause));
			return error(HttpStatus.INTERNAL_SERVER_ERROR, "The bot could not process this activity.");
		}
	}

	/** Where it failed, without the exception's message, which may quote what the user sent. */
	static String frames(Throwable cause) {
		StringBuilder where = new StringBuilder();
		StackTraceElement[] stack = cause.getStackTrace();
		for (int i = 0; i < Math.min(8, stack.length); i++) {
			where.append(i == 0 ? "" : " < ").append(stack[i].getClassName()).append('.').append(stack[i].getMethodName())
					.append(':').append(stack[i].getLineNumber());
		}
		return where.toString();
	}

	private ResponseEntity<String> error(HttpStatus status, String message) {
		ObjectNode body = json.createObjectNode().put("error", message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body.toString());
	}

}
