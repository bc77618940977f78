package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The register's objects on one database, wired as {@link DeclarationConfiguration} wires them: build
 * two on one DataSource to act as two instances of the app.
 */
final class Register {
	static final Map<String, String> AREAS = Map.of("ports-policy", "Ports policy", "finance", "Finance");
	static final Declarant ALICE = new Declarant("aad-alice", "Alice Example", null, "aad-alice", "tenant", null, null);
	static final Declarant BOB = new Declarant("aad-bob", "Bob Example", null, "aad-bob", "tenant", null, null);

	final JdbcClient jdbc;
	final DeclarationRepository declarations;
	final ReminderRepository reminders;
	final DeclarationService service;
	final SecretReports secretReports;
	final List<Object> events = new CopyOnWriteArrayList<>();
	final DeclarationProperties properties;

	Register(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
		this.properties = new DeclarationProperties(AREAS, 5, 5, 3, null);
		this.declarations = new DeclarationRepository(jdbc);
		this.reminders = new ReminderRepository(jdbc);
		this.service = new DeclarationService(declarations, reminders, new ReferenceNumbers(jdbc, transactions, clock),
				transactions, events::add, properties, clock);
		this.secretReports = new SecretReports(declarations, transactions, events::add, clock);
	}

	/** A complete, valid declaration: significant, not yet transferred, so it gets reminders. */
	static DeclarationForm form(LocalDate to) {
		return new DeclarationForm("whatsapp", null, "personal", "personal", to.minusDays(3), to, "Harbour master",
				true, "ports-policy", "Berth allocation", "decision", "official", "none", "Only WhatsApp at sea", false,
				"not-yet", false);
	}

	<T> List<T> events(Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}
}
