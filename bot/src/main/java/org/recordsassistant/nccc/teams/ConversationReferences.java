package org.recordsassistant.nccc.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Remembers, per user, the 1:1 conversation the bot can write to later (IAO cards, reminders,
 * relayed answers). Stored on install and on the first message; later turns only write when the
 * conversation or service URL changed.
 */
@Service
public class ConversationReferences {
	private final JdbcTemplate jdbc;
	private final ObjectMapper mapper;
	private final Map<String, String> known = new ConcurrentHashMap<>();

	ConversationReferences(JdbcTemplate jdbc, ActivityMapper activities) {
		this.jdbc = jdbc;
		this.mapper = activities.mapper();
	}

	void remember(Activity activity) {
		if (activity.getConversation() == null || activity.getFrom() == null || activity.getServiceUrl() == null) {
			return;
		}
		String conversationType = activity.getConversation().getConversationType();
		if (conversationType != null && !"personal".equals(conversationType)) {
			return;
		}
		Sender sender = TeamsTurn.senderOf(activity);
		String userKey = sender.userKey();
		if (userKey == null) {
			return;
		}
		String fingerprint = activity.getConversation().getId() + "|" + activity.getServiceUrl();
		if (fingerprint.equals(known.get(userKey))) {
			return;
		}
		store(userKey, sender.tenantId(), activity.getConversationReference());
		known.put(userKey, fingerprint);
	}

	/** Stores a conversation the bot opened itself ({@code createConversation}), so later sends find it. */
	void store(String userKey, String tenantId, ConversationReference reference) {
		String json;
		try {
			json = mapper.writeValueAsString(reference);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Conversation reference could not be stored", e);
		}
		String conversationId = reference.getConversation().getId();
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.update("UPDATE conversation_reference SET tenant_id = ?, conversation_id = ?, service_url = ?, "
				+ "reference_json = ?, updated_at = ? WHERE user_key = ?", tenantId, conversationId,
				reference.getServiceUrl(), json, now, userKey);
		if (updated == 0) {
			try {
				jdbc.update("INSERT INTO conversation_reference (user_key, tenant_id, conversation_id, service_url, "
						+ "reference_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)", userKey, tenantId, conversationId,
						reference.getServiceUrl(), json, now);
			} catch (org.springframework.dao.DuplicateKeyException anotherInstanceWroteFirst) {
				// The same user's first turns raced on two instances; either row is right.
			}
		}
	}

	/**
	 * @param userKey the Entra object id (or the channel id outside Teams)
	 * @return the stored 1:1 conversation, if the user ever talked to the bot
	 */
	public Optional<ConversationReference> find(String userKey) {
		List<String> rows = jdbc.queryForList("SELECT reference_json FROM conversation_reference WHERE user_key = ?",
				String.class, userKey);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(mapper.readValue(rows.get(0), ConversationReference.class));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored conversation reference is unreadable", e);
		}
	}
}
