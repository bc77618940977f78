package org.recordsassistant.nccc.teams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.microsoft.bot.builder.StoreItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared bot state store, on H2 and on a real PostgreSQL, with two "instances" on one database. */
class JdbcStorageTests {
	private static final String KEY = "msteams/conversations/a:conv-1/";

	static List<TestDatabases.Kind> databases() {
		return TestDatabases.all();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void writesAndReadsBackNestedStateWithANewEtag(TestDatabases.Kind kind) {
		JdbcStorage storage = new JdbcStorage(new JdbcTemplate(TestDatabases.migrated(kind)));
		Map<String, Object> state = new HashMap<>();
		state.put("step", 3);
		state.put("answers", new ArrayList<>(List.of("whatsapp", "personal")));
		state.put("form", new HashMap<>(Map.of("channel", "signal", "external", true)));
		storage.write(Map.of(KEY, state)).join();

		Map<String, Object> read = storage.read(new String[] { KEY, "missing" }).join();
		assertThat(read).containsOnlyKeys(KEY);
		@SuppressWarnings("unchecked")
		Map<String, Object> back = (Map<String, Object>) read.get(KEY);
		assertThat(back).containsEntry("step", 3).containsEntry("answers", List.of("whatsapp", "personal"))
				.containsEntry("form", Map.of("channel", "signal", "external", true));
		assertThat(back.get(JdbcStorage.ETAG)).isInstanceOf(String.class).isEqualTo(state.get(JdbcStorage.ETAG));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void staleWriteFromAnotherInstanceIsMergedSoNeitherChangeIsLost(TestDatabases.Kind kind) {
		DataSource database = TestDatabases.migrated(kind);
		JdbcStorage first = new JdbcStorage(new JdbcTemplate(database));
		JdbcStorage second = new JdbcStorage(new JdbcTemplate(database));
		first.write(Map.of(KEY, new HashMap<>(Map.of("shared", "original")))).join();

		Map<String, Object> readByFirst = stateOf(first.read(new String[] { KEY }).join());
		Map<String, Object> readBySecond = stateOf(second.read(new String[] { KEY }).join());
		readByFirst.put("declarationStep", "dateFrom");
		readBySecond.put("lastQuestion", "q-42");
		first.write(Map.of(KEY, readByFirst)).join();
		second.write(Map.of(KEY, readBySecond)).join();

		Map<String, Object> merged = stateOf(new JdbcStorage(new JdbcTemplate(database)).read(new String[] { KEY }).join());
		assertThat(merged).containsEntry("shared", "original").containsEntry("declarationStep", "dateFrom")
				.containsEntry("lastQuestion", "q-42");
		assertThat(readBySecond).as("the loser's in-memory state now holds the winner's change too")
				.containsEntry("declarationStep", "dateFrom");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void laterWriterWinsOnTheSamePropertyAndKeepsTheOthers(TestDatabases.Kind kind) {
		DataSource database = TestDatabases.migrated(kind);
		JdbcStorage first = new JdbcStorage(new JdbcTemplate(database));
		JdbcStorage second = new JdbcStorage(new JdbcTemplate(database));
		first.write(Map.of(KEY, new HashMap<>(Map.of("step", "one")))).join();
		Map<String, Object> a = stateOf(first.read(new String[] { KEY }).join());
		Map<String, Object> b = stateOf(second.read(new String[] { KEY }).join());
		a.put("step", "two");
		a.put("note", "from a");
		b.put("step", "three");
		first.write(Map.of(KEY, a)).join();
		second.write(Map.of(KEY, b)).join();

		Map<String, Object> result = stateOf(first.read(new String[] { KEY }).join());
		assertThat(result).containsEntry("step", "three").containsEntry("note", "from a");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void manyInstancesUpdatingAtOnceLoseNothing(TestDatabases.Kind kind) throws Exception {
		DataSource database = TestDatabases.migrated(kind);
		new JdbcStorage(new JdbcTemplate(database)).write(Map.of(KEY, new HashMap<>(Map.of("start", 0)))).join();
		int instances = 6;
		int writesEach = 15;
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		List<Future<?>> results = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			String property = "instance-" + i;
			JdbcStorage storage = new JdbcStorage(new JdbcTemplate(database));
			results.add(pool.submit((Callable<Void>) () -> {
				for (int n = 1; n <= writesEach; n++) {
					Map<String, Object> state = stateOf(storage.read(new String[] { KEY }).join());
					state.put(property, n);
					storage.write(Map.of(KEY, state)).join();
				}
				return null;
			}));
		}
		for (Future<?> result : results) {
			result.get();
		}
		pool.shutdown();
		Map<String, Object> state = stateOf(new JdbcStorage(new JdbcTemplate(database)).read(new String[] { KEY }).join());
		for (int i = 0; i < instances; i++) {
			assertThat(state).containsEntry("instance-" + i, writesEach);
		}
		assertThat(state).containsEntry("start", 0);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void staleStoreItemIsAConflictNotASilentOverwrite(TestDatabases.Kind kind) {
		DataSource database = TestDatabases.migrated(kind);
		JdbcStorage first = new JdbcStorage(new JdbcTemplate(database));
		JdbcStorage second = new JdbcStorage(new JdbcTemplate(database));
		first.write(Map.of(KEY, new Counter(1, null))).join();
		Counter a = (Counter) first.read(new String[] { KEY }).join().get(KEY);
		Counter b = (Counter) second.read(new String[] { KEY }).join().get(KEY);
		first.write(Map.of(KEY, new Counter(a.getCount() + 1, a.getETag()))).join();
		assertThatThrownBy(() -> second.write(Map.of(KEY, new Counter(b.getCount() + 1, b.getETag()))).join())
				.isInstanceOf(JdbcStorage.StateConflictException.class);
		assertThat(((Counter) first.read(new String[] { KEY }).join().get(KEY)).getCount()).isEqualTo(2);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void wildcardEtagOverwritesAndDeleteRemoves(TestDatabases.Kind kind) {
		JdbcStorage storage = new JdbcStorage(new JdbcTemplate(TestDatabases.migrated(kind)));
		storage.write(Map.of(KEY, new Counter(1, null))).join();
		storage.write(Map.of(KEY, new Counter(7, "*"))).join();
		assertThat(((Counter) storage.read(new String[] { KEY }).join().get(KEY)).getCount()).isEqualTo(7);
		storage.delete(new String[] { KEY }).join();
		assertThat(storage.read(new String[] { KEY }).join()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void refusesToInstantiateTypesOutsideTheAllowList(TestDatabases.Kind kind) {
		JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.migrated(kind));
		jdbc.update("INSERT INTO bot_state (state_key, type_name, body, etag, updated_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
				KEY, "javax.script.ScriptEngineManager", "{}", "e1");
		jdbc.update("INSERT INTO bot_state (state_key, type_name, body, etag, updated_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
				"nested", "java.util.HashMap", "{\"x\":[\"java.lang.ProcessBuilder\",{}]}", "e2");
		JdbcStorage storage = new JdbcStorage(jdbc);
		assertThatThrownBy(() -> storage.read(new String[] { KEY })).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> storage.read(new String[] { "nested" })).isInstanceOf(IllegalStateException.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> stateOf(Map<String, Object> read) {
		return (Map<String, Object>) read.get(KEY);
	}

	/** A typed state item, as some SDK components store. */
	public static class Counter implements StoreItem {
		private int count;
		private String eTag;

		public Counter() {
		}

		Counter(int count, String eTag) {
			this.count = count;
			this.eTag = eTag;
		}

		public int getCount() {
			return count;
		}

		public void setCount(int count) {
			this.count = count;
		}

		@Override
		public String getETag() {
			return eTag;
		}

		@Override
		public void setETag(String withETag) {
			this.eTag = withETag;
		}
	}
}
