package org.recordsassistant.nccc.teams;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;

/** The SDK's {@link ConversationState} with a cheap per-turn cache: see {@link StateCache} for why. */
class LeanConversationState extends ConversationState {
	private final StateCache cache;

	LeanConversationState(Storage storage) {
		super(storage);
		this.cache = new StateCache(storage, getClass().getSimpleName());
	}

	@Override
	public CompletableFuture<Void> load(TurnContext turnContext, boolean force) {
		return cache.load(turnContext, getStorageKey(turnContext), force);
	}

	@Override
	public CompletableFuture<Void> saveChanges(TurnContext turnContext, boolean force) {
		return cache.saveChanges(turnContext, getStorageKey(turnContext), force);
	}

	@Override
	public CompletableFuture<Void> clearState(TurnContext turnContext) {
		cache.clear(turnContext);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> delete(TurnContext turnContext) {
		return cache.delete(turnContext, getStorageKey(turnContext));
	}

	@Override
	public JsonNode get(TurnContext turnContext) {
		return cache.tree(turnContext);
	}

	@Override
	protected <T> CompletableFuture<T> getPropertyValue(TurnContext turnContext, String propertyName) {
		return CompletableFuture.completedFuture(cache.get(turnContext, propertyName));
	}

	@Override
	protected CompletableFuture<Void> deletePropertyValue(TurnContext turnContext, String propertyName) {
		cache.remove(turnContext, propertyName);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	protected CompletableFuture<Void> setPropertyValue(TurnContext turnContext, String propertyName, Object value) {
		cache.set(turnContext, propertyName, value);
		return CompletableFuture.completedFuture(null);
	}
}
