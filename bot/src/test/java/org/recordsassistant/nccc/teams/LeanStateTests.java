package org.recordsassistant.nccc.teams;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class LeanStateTests {
	private final CountingStorage storage = new CountingStorage();
	private final LeanConversationState conversation = new LeanConversationState(storage);
	private final LeanUserState user = new LeanUserState(storage);
	private final StatePropertyAccessor<Map<String, Object>> progress = conversation.createProperty("progress");

	@Test
	void aTurnThatChangesNothingWritesNothing() {
		TurnContext turn = turn();
		assertThat(progress.get(turn, null).join()).isNull();
		conversation.saveChanges(turn).join();
		user.saveChanges(turn).join();

		assertThat(storage.writes).hasValue(0);
	}

	@Test
	void aChangedPropertyIsWrittenOnceAndReadBackNextTurn() {
		TurnContext first = turn();
		progress.get(first, HashMap::new).join().put("step", 3);
		conversation.saveChanges(first).join();
		conversation.saveChanges(first).join();
		assertThat(storage.writes).hasValue(1);

		TurnContext second = turn();
		assertThat(progress.get(second, null).join()).containsEntry("step", 3);
		conversation.saveChanges(second).join();
		assertThat(storage.writes).as("unchanged on the second turn").hasValue(1);
	}

	@Test
	void aChangeInsideAStoredObjectIsNoticed() {
		TurnContext first = turn();
		progress.set(first, new HashMap<>(Map.of("step", 1))).join();
		conversation.saveChanges(first).join();

		TurnContext second = turn();
		progress.get(second, null).join().put("step", 2);
		conversation.saveChanges(second).join();

		assertThat(storage.writes).hasValue(2);
		assertThat(progress.get(turn(), null).join()).containsEntry("step", 2);
	}

	@Test
	void aDeletedPropertyIsGoneNextTurn() {
		TurnContext first = turn();
		progress.set(first, new HashMap<>(Map.of("step", 1))).join();
		conversation.saveChanges(first).join();

		TurnContext second = turn();
		progress.delete(second).join();
		conversation.saveChanges(second).join();

		assertThat(progress.get(turn(), null).join()).isNull();
	}

	@Test
	void clearingStateIsWrittenEvenWhenItWasEmpty() {
		TurnContext turn = turn();
		conversation.load(turn).join();
		conversation.clearState(turn).join();
		conversation.saveChanges(turn).join();

		assertThat(storage.writes).hasValue(1);
	}

	@Test
	void deleteRemovesTheStoredState() {
		TurnContext first = turn();
		progress.set(first, new HashMap<>(Map.of("step", 1))).join();
		conversation.saveChanges(first).join();

		conversation.delete(turn()).join();

		assertThat(progress.get(turn(), null).join()).isNull();
	}

	@Test
	void conversationAndUserStateAreKeptApartInOneTurn() {
		TurnContext turn = turn();
		StatePropertyAccessor<String> name = user.createProperty("name");
		progress.set(turn, new HashMap<>(Map.of("step", 1))).join();
		name.set(turn, "x").join();
		conversation.saveChanges(turn).join();
		user.saveChanges(turn).join();

		TurnContext next = turn();
		assertThat(name.get(next, null).join()).isEqualTo("x");
		assertThat(conversation.get(next)).isNotNull();
		assertThat(conversation.createProperty("name").get(next, null).join()).isNull();
		assertThat(storage.writes).hasValue(2);
	}

	@Test
	void readingBeforeLoadingFailsClearly() {
		assertThatCode(() -> conversation.saveChanges(turn(), false).join()).as("nothing loaded, nothing to save")
				.doesNotThrowAnyException();
		assertThatThrownBy(() -> new LeanConversationState(storage) {
			void peek(TurnContext turn) {
				getPropertyValue(turn, "progress").join();
			}
		}.peek(turn())).isInstanceOf(IllegalStateException.class).hasMessageContaining("before it was loaded");
	}

	private static TurnContext turn() {
		Activity message = Activity.createMessageActivity();
		message.setChannelId("msteams");
		message.setConversation(new ConversationAccount("conversation-1"));
		message.setFrom(new ChannelAccount("user-1", "User"));
		message.setRecipient(new ChannelAccount("bot", "Bot"));
		return new TurnContextImpl(mock(BotAdapter.class), message);
	}

	private static final class CountingStorage implements Storage {
		private final MemoryStorage delegate = new MemoryStorage();
		private final AtomicInteger writes = new AtomicInteger();

		@Override
		public CompletableFuture<Map<String, Object>> read(String[] keys) {
			return delegate.read(keys);
		}

		@Override
		public CompletableFuture<Void> write(Map<String, Object> changes) {
			writes.incrementAndGet();
			return delegate.write(changes);
		}

		@Override
		public CompletableFuture<Void> delete(String[] keys) {
			return delegate.delete(keys);
		}
	}
}
