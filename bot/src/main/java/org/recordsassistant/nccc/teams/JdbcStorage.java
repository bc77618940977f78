package org.recordsassistant.nccc.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.StoreItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bot Framework {@link Storage} on our database, so several instances share conversation and user
 * state. Writes are conditional on the etag the caller read ({@code "*"} or none means overwrite).
 * <p>
 * When another instance wrote first, a state map is merged rather than lost: each top-level property
 * this writer changed since it read is applied over the newer row, the rest of the newer row is kept,
 * and the write is retried. A conflict that cannot be merged (a plain {@link StoreItem}, or no record
 * of what was read) fails with {@link StateConflictException}.
 * <p>
 * Type names come from an allow-list of packages, for the top-level value and for nested polymorphic
 * values alike, so a row cannot make us instantiate arbitrary classes.
 */
final class JdbcStorage implements Storage {
	private static final Logger log = LoggerFactory.getLogger(JdbcStorage.class);
	static final String ETAG = "eTag";
	private static final String WILDCARD = "*";
	private static final int MAX_MERGE_ATTEMPTS = 25;
	private static final int SNAPSHOTS = 10_000;
	private static final List<String> ALLOWED_PACKAGES = List.of("java.util.", "java.time.",
			"com.microsoft.bot.", "org.recordsassistant.nccc.");

	private final JdbcTemplate jdbc;
	private final ObjectMapper mapper;
	/** What each key looked like at the etag we last read or wrote: the base of a three-way merge. */
	private final Map<String, Snapshot> snapshots = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
			return size() > SNAPSHOTS;
		}
	});

	JdbcStorage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		BasicPolymorphicTypeValidator.Builder types = BasicPolymorphicTypeValidator.builder();
		ALLOWED_PACKAGES.forEach(types::allowIfSubType);
		this.mapper = new ObjectMapper()
				.registerModule(new JavaTimeModule())
				.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
				.activateDefaultTyping(types.build(), ObjectMapper.DefaultTyping.OBJECT_AND_NON_CONCRETE);
	}

	private record Snapshot(String etag, ObjectNode body) {
	}

	private record Row(String typeName, String body, String etag) {
	}

	@Override
	public CompletableFuture<Map<String, Object>> read(String[] keys) {
		if (keys == null) {
			throw new IllegalArgumentException("keys cannot be null");
		}
		Map<String, Object> items = new HashMap<>();
		for (String key : keys) {
			Row row = select(key);
			if (row != null) {
				items.put(key, materialise(key, row));
			}
		}
		return CompletableFuture.completedFuture(items);
	}

	@Override
	public CompletableFuture<Void> write(Map<String, Object> changes) {
		if (changes == null) {
			throw new IllegalArgumentException("changes cannot be null");
		}
		for (Map.Entry<String, Object> change : changes.entrySet()) {
			writeOne(change.getKey(), change.getValue());
		}
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> delete(String[] keys) {
		if (keys == null) {
			throw new IllegalArgumentException("keys cannot be null");
		}
		for (String key : keys) {
			jdbc.update("DELETE FROM bot_state WHERE state_key = ?", key);
			snapshots.remove(key);
		}
		return CompletableFuture.completedFuture(null);
	}

	private void writeOne(String key, Object value) {
		Objects.requireNonNull(value, "state value");
		String expected = etagOf(value);
		ObjectNode mine = bodyOf(value);
		String typeName = value.getClass().getName();
		if (expected == null || WILDCARD.equals(expected)) {
			String etag = upsert(key, typeName, mine);
			remember(key, value, etag, mine);
			return;
		}
		String etag = newEtag();
		if (update(key, typeName, mine, etag, expected)) {
			remember(key, value, etag, mine);
			return;
		}
		mergeAfterConflict(key, value, expected, mine);
	}

	private void mergeAfterConflict(String key, Object value, String expected, ObjectNode mine) {
		Snapshot base = snapshots.get(key);
		if (!(value instanceof Map<?, ?>) || base == null || !expected.equals(base.etag())) {
			throw new StateConflictException(key);
		}
		for (int attempt = 1; attempt <= MAX_MERGE_ATTEMPTS; attempt++) {
			Row theirs = select(key);
			ObjectNode merged = merge(base.body(), mine, theirs == null ? mapper.createObjectNode() : parse(theirs.body()));
			String etag = newEtag();
			boolean written = theirs == null ? insert(key, value.getClass().getName(), merged, etag)
					: update(key, value.getClass().getName(), merged, etag, theirs.etag());
			if (written) {
				log.info("State for a conversation changed on another instance; merged on attempt {}", attempt);
				replaceContents(value, merged);
				remember(key, value, etag, merged);
				return;
			}
			pauseBeforeRetry(attempt);
		}
		throw new StateConflictException(key);
	}

	/** A short, growing, random pause so instances racing on one key stop colliding in lock step. */
	private static void pauseBeforeRetry(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + 2L * Math.min(attempt, 10)));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StateConflictException("interrupted");
		}
	}

	/** Three-way merge of top-level properties: ours where we changed it since {@code base}, theirs elsewhere. */
	static ObjectNode merge(ObjectNode base, ObjectNode mine, ObjectNode theirs) {
		ObjectNode merged = theirs.deepCopy();
		List<String> fields = new ArrayList<>();
		mine.fieldNames().forEachRemaining(fields::add);
		base.fieldNames().forEachRemaining(fields::add);
		for (String field : fields) {
			JsonNode before = base.get(field);
			JsonNode now = mine.get(field);
			if (Objects.equals(before, now)) {
				continue;
			}
			if (now == null) {
				merged.remove(field);
			} else {
				merged.set(field, now.deepCopy());
			}
		}
		return merged;
	}

	@SuppressWarnings("unchecked")
	private void replaceContents(Object value, ObjectNode merged) {
		Map<String, Object> target = (Map<String, Object>) value;
		Map<String, Object> fresh = (Map<String, Object>) fromJson(value.getClass().getName(), merged);
		target.clear();
		target.putAll(fresh);
	}

	private Object materialise(String key, Row row) {
		ObjectNode body = parse(row.body());
		Object value = fromJson(row.typeName(), body);
		setEtag(value, row.etag());
		snapshots.put(key, new Snapshot(row.etag(), body));
		return value;
	}

	private Object fromJson(String typeName, ObjectNode body) {
		if (ALLOWED_PACKAGES.stream().noneMatch(typeName::startsWith)) {
			throw new IllegalStateException("Stored state has a type outside the allowed packages");
		}
		try {
			Class<?> type = Class.forName(typeName);
			return mapper.treeToValue(body, type);
		} catch (ClassNotFoundException | JsonProcessingException e) {
			throw new IllegalStateException("Stored state could not be read: " + e.getClass().getSimpleName(), e);
		}
	}

	private ObjectNode bodyOf(Object value) {
		JsonNode tree = mapper.valueToTree(value);
		if (!(tree instanceof ObjectNode object)) {
			throw new IllegalArgumentException("State values must serialise to JSON objects");
		}
		object.remove(ETAG);
		return object;
	}

	private ObjectNode parse(String body) {
		try {
			return (ObjectNode) mapper.readTree(body);
		} catch (JsonProcessingException | ClassCastException e) {
			throw new IllegalStateException("Stored state is not a JSON object", e);
		}
	}

	private void remember(String key, Object value, String etag, ObjectNode body) {
		setEtag(value, etag);
		snapshots.put(key, new Snapshot(etag, body));
	}

	private static String etagOf(Object value) {
		if (value instanceof StoreItem item) {
			return item.getETag();
		}
		if (value instanceof Map<?, ?> map && map.get(ETAG) instanceof String etag) {
			return etag;
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static void setEtag(Object value, String etag) {
		if (value instanceof StoreItem item) {
			item.setETag(etag);
		} else if (value instanceof Map<?, ?> map) {
			((Map<String, Object>) map).put(ETAG, etag);
		}
	}

	private Row select(String key) {
		List<Row> rows = jdbc.query("SELECT type_name, body, etag FROM bot_state WHERE state_key = ?",
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)), key);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private String upsert(String key, String typeName, ObjectNode body) {
		String etag = newEtag();
		for (int attempt = 0; attempt < 3; attempt++) {
			int updated = jdbc.update("UPDATE bot_state SET type_name = ?, body = ?, etag = ?, updated_at = ? "
					+ "WHERE state_key = ?", typeName, body.toString(), etag, now(), key);
			if (updated == 1 || insert(key, typeName, body, etag)) {
				return etag;
			}
		}
		throw new StateConflictException(key);
	}

	private boolean update(String key, String typeName, ObjectNode body, String etag, String expected) {
		return jdbc.update("UPDATE bot_state SET type_name = ?, body = ?, etag = ?, updated_at = ? "
				+ "WHERE state_key = ? AND etag = ?", typeName, body.toString(), etag, now(), key, expected) == 1;
	}

	private boolean insert(String key, String typeName, ObjectNode body, String etag) {
		try {
			jdbc.update("INSERT INTO bot_state (state_key, type_name, body, etag, updated_at) VALUES (?, ?, ?, ?, ?)",
					key, typeName, body.toString(), etag, now());
			return true;
		} catch (DuplicateKeyException anotherInstanceInsertedFirst) {
			return false;
		}
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

	private static String newEtag() {
		return UUID.randomUUID().toString();
	}

	/** Another instance changed this state in a way we could not merge; the turn should be retried. */
	static final class StateConflictException extends RuntimeException {
		StateConflictException(String key) {
			super("State was changed concurrently and could not be merged (key length " + key.length() + ")");
		}
	}

}
