package org.recordsassistant.nccc.testing;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Fresh, migrated databases for repository and storage tests: an in-memory H2, and a new schema in
 * the PostgreSQL server named by {@code NCCC_TEST_POSTGRES_URL} ({@code .ci/run} starts one on
 * loopback). Without that variable the PostgreSQL cases fail under CI and are skipped, loudly,
 * on a developer machine.
 */
public final class TestDatabases {
	public static final String POSTGRES_URL = "NCCC_TEST_POSTGRES_URL";
	public static final String POSTGRES_USER = "NCCC_TEST_POSTGRES_USER";
	public static final String POSTGRES_PASSWORD = "NCCC_TEST_POSTGRES_PASSWORD";

	public enum Kind {
		H2, POSTGRESQL
	}

	private TestDatabases() {
	}

	public static List<Kind> all() {
		return List.of(Kind.H2, Kind.POSTGRESQL);
	}

	/** A new, empty database of this kind with every Flyway migration applied. */
	public static DataSource migrated(Kind kind) {
		return switch (kind) {
			case H2 -> migrate(pooled("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2", null);
			case POSTGRESQL -> postgres();
		};
	}

	private static DataSource postgres() {
		String url = System.getenv(POSTGRES_URL);
		if (url == null || url.isBlank()) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(POSTGRES_URL + " is not set: .ci/run must start PostgreSQL");
			}
			Assumptions.abort("PostgreSQL tests need " + POSTGRES_URL + " (run .ci/run, or see README 'Tests')");
		}
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
		String user = System.getenv().getOrDefault(POSTGRES_USER, "postgres");
		String password = System.getenv().getOrDefault(POSTGRES_PASSWORD, "");
		String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		SimpleDriverDataSource admin = new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password);
		new org.springframework.jdbc.core.JdbcTemplate(admin).execute("CREATE SCHEMA " + schema);
		return migrate(pooled(schemaUrl, user, password), "postgresql", schema);
	}

	/** Pooled like production: a connection per statement would make contention tests measure connects. */
	private static DataSource pooled(String url, String user, String password) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(8);
		config.setMinimumIdle(0);
		config.setIdleTimeout(10_000);
		return new HikariDataSource(config);
	}

	private static DataSource migrate(DataSource dataSource, String vendor, String schema) {
		var config = Flyway.configure().dataSource(dataSource)
				.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
		if (schema != null) {
			config.schemas(schema);
		}
		config.load().migrate();
		return dataSource;
	}
}
