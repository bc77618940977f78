package org.recordsassistant.nccc.teams;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;

/**
 * The per-turn cache behind {@link LeanConversationState} and {@link LeanUserState}: the state read once
 * per turn, and the JSON form it had when read, so the end of the turn writes only what changed. The
 * SDK's own cache (BotState.CachedBotState, 4.14.3) does the same but builds a new {@link ObjectMapper},
 * scanning the class path for Jackson modules, for every state of every turn: under load that was 40% of
 * a turn's CPU. Here one mapper, with the same modules, serves every turn.
 */
final class StateCache {
	private static final ObjectMapper HASHING = new ObjectMapper().findAndRegisterModules();

	private final Storage storage;
	private final String turnStateKey;

	StateCache(Storage storage, String scope) {
		this.storage = Objects.requireNonNull(storage, "storage");
		// Not the SDK's key: its code casts what sits there to its own private cache class.
		this.turnStateKey = scope + ".StateCache";
	}

	private static final class Entry {
		private final Map<String, Object> state;
		private String json;

		Entry(Map<String, Object> state) {
			this.state = state;
			this.json = jsonOf(state);
		}

		boolean changed() {
			return !json.equals(jsonOf(state));
		}
	}

	CompletableFuture<Void> load(TurnContext turn, String storageKey, boolean force) {
		if (!force && entry(turn) != null) {
			return CompletableFuture.completedFuture(null);
		}
		return storage.read(new String[] { storageKey }).thenApply(values -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> stored = (Map<String, Object>) values.get(storageKey);
			turn.getTurnState().replace(turnStateKey, new Entry(stored == null ? new ConcurrentHashMap<>() : stored));
			return null;
		});
	}

	CompletableFuture<Void> saveChanges(TurnContext turn, String storageKey, boolean force) {
		Entry entry = entry(turn);
		if (entry == null || !(force || entry.changed())) {
			return CompletableFuture.completedFuture(null);
		}
		return storage.write(Map.of(storageKey, entry.state)).thenApply(done -> {
			entry.json = jsonOf(entry.state);
			return null;
		});
	}

	void clear(TurnContext turn) {
		turn.getTurnState().replace(turnStateKey, new Entry(new ConcurrentHashMap<>()));
		// A cleared state must reach storage even when it was empty before: mark it changed.
		entry(turn).json = "";
	}

	CompletableFuture<Void> delete(TurnContext turn, String storageKey) {
		return storage.delete(new String[] { storageKey }).thenApply(done -> {
			turn.getTurnState().remove(turnStateKey);
			return null;
		});
	}

	JsonNode tree(TurnContext turn) {
		Entry entry = entry(turn);
		return HASHING.valueToTree(entry == null ? Map.of() : entry.state);
	}

	@SuppressWarnings("unchecked")
	<T> T get(TurnContext turn, String property) {
		return (T) loaded(turn).state.get(property);
	}

	void set(TurnContext turn, String property, Object value) {
		loaded(turn).state.put(property, value);
	}

	void remove(TurnContext turn, String property) {
		loaded(turn).state.remove(property);
	}

	private Entry loaded(TurnContext turn) {
		Entry entry = entry(turn);
		if (entry == null) {
			throw new IllegalStateException("State read before it was loaded for this turn");
		}
		return entry;
	}

	private Entry entry(TurnContext turn) {
		return turn.getTurnState().get(turnStateKey);
	}

	private static String jsonOf(Map<String, Object> state) {
		try {
			return HASHING.writeValueAsString(state);
		} catch (JsonProcessingException e) {
			// Cannot tell whether it changed: say it did, so nothing is lost.
			return "\u0000unserializable:" + System.nanoTime();
		}
	}
}
