package org.recordsassistant.nccc.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** The register on H2 and PostgreSQL: references, versions, withdrawal, idempotent submits, events. */
class DeclarationRegisterTests {
	private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
	private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

	private Register register(Kind kind) {
		return new Register(TestDatabases.migrated(kind), new TestClock(NOW));
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void submitStoresVersionOneUnderAYearlyReferenceAndPublishesTheEvent(Kind kind) {
		Register register = register(kind);
		DeclarationService.Outcome first = register.service.submit(Register.ALICE, Register.form(TODAY), newId());
		DeclarationService.Outcome second = register.service.submit(Register.ALICE, Register.form(TODAY), newId());

		assertThat(first.reference()).isEqualTo("NCCC-2026-000001");
		assertThat(second.reference()).isEqualTo("NCCC-2026-000002");
		assertThat(first.version()).isEqualTo(1);
		assertThat(register.service.summary(first.reference())).hasValueSatisfying(summary -> {
			assertThat(summary.declarantUserKey()).isEqualTo("aad-alice");
			assertThat(summary.status()).isEqualTo(DeclarationStatus.TRANSFER_NEEDED);
			assertThat(summary.dateTo()).isEqualTo(TODAY);
		});
		assertThat(register.events(DeclarationSubmitted.class)).first().satisfies(event -> {
			assertThat(event.reference()).isEqualTo(first.reference());
			assertThat(event.businessArea()).isEqualTo("ports-policy");
			assertThat(event.awaitingTransfer()).isTrue();
			assertThat(event.personalData()).isFalse();
		});
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void secondSubmitWithTheSameSubmissionIdReturnsTheExistingReference(Kind kind) {
		Register register = register(kind);
		String submissionId = newId();
		DeclarationService.Outcome first = register.service.submit(Register.ALICE, Register.form(TODAY), submissionId);
		DeclarationService.Outcome again = register.service.submit(Register.ALICE, Register.form(TODAY), submissionId);

		assertThat(again.reference()).isEqualTo(first.reference());
		assertThat(again.alreadyStored()).isTrue();
		assertThat(register.jdbc.sql("SELECT COUNT(*) FROM declaration").query(Integer.class).single()).isEqualTo(1);
		assertThat(register.events(DeclarationSubmitted.class)).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void amendAddsAVersionAndKeepsTheOldOne(Kind kind) {
		Register register = register(kind);
		String reference = register.service.submit(Register.ALICE, Register.form(TODAY), newId()).reference();
		DeclarationForm changed = Register.form(TODAY).withTransferred("yes");

		DeclarationService.Outcome amended = register.service.amend("aad-alice", reference, changed, newId());

		assertThat(amended.version()).isEqualTo(2);
		assertThat(register.declarations.versions(reference)).extracting(v -> v.form().transferred())
				.containsExactly("not-yet", "yes");
		assertThat(register.service.summary(reference).orElseThrow().status()).isEqualTo(DeclarationStatus.TRANSFERRED);
		assertThat(register.events(DeclarationAmended.class)).singleElement()
				.satisfies(event -> assertThat(event.version()).isEqualTo(2));
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void withdrawMarksTheDeclarationAndDeletesNothing(Kind kind) {
		Register register = register(kind);
		String reference = register.service.submit(Register.ALICE, Register.form(TODAY), newId()).reference();

		assertThat(register.service.withdraw("aad-alice", reference, "Declared twice").problem()).isNull();

		StoredDeclaration stored = register.declarations.find(reference).orElseThrow();
		assertThat(stored.withdrawn()).isTrue();
		assertThat(stored.withdrawnReason()).isEqualTo("Declared twice");
		assertThat(stored.withdrawnAt()).isEqualTo(NOW);
		assertThat(register.declarations.versions(reference)).hasSize(1);
		assertThat(register.events(DeclarationWithdrawn.class)).singleElement()
				.satisfies(event -> assertThat(event.reference()).isEqualTo(reference));
		assertThat(register.service.amend("aad-alice", reference, Register.form(TODAY), newId()).problem())
				.isEqualTo(DeclarationService.Problem.WITHDRAWN);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void someoneElsesDeclarationCannotBeAmendedOrWithdrawn(Kind kind) {
		Register register = register(kind);
		String reference = register.service.submit(Register.ALICE, Register.form(TODAY), newId()).reference();

		assertThat(register.service.amend("aad-bob", reference, Register.form(TODAY), newId()).problem())
				.isEqualTo(DeclarationService.Problem.NOT_FOUND);
		assertThat(register.service.withdraw("aad-bob", reference, "mine now").problem())
				.isEqualTo(DeclarationService.Problem.NOT_FOUND);
		assertThat(register.service.owned("aad-bob", reference)).isEmpty();
		assertThat(register.declarations.find(reference).orElseThrow().version()).isEqualTo(1);
		assertThat(register.declarations.find(reference).orElseThrow().withdrawn()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void markTransferredLinksTheFilingOnceAndClosesTheDeclaration(Kind kind) {
		Register register = register(kind);
		String reference = register.service.submit(Register.ALICE, Register.form(TODAY), newId()).reference();
		assertThat(register.service.latestOpenFor("aad-alice")).map(DeclarationSummary::reference).hasValue(reference);

		assertThat(register.service.markTransferred(reference, "transfer-1")).isTrue();
		assertThat(register.service.markTransferred(reference, "transfer-2")).isFalse();

		assertThat(register.service.summary(reference).orElseThrow().transferId()).isEqualTo("transfer-1");
		assertThat(register.service.latestOpenFor("aad-alice")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void secretReportStoresOnlyTheFactAndTheReporter(Kind kind) {
		Register register = register(kind);
		String submissionId = newId();
		String reportId = register.secretReports.report(Register.ALICE, "finance", submissionId);

		assertThat(register.secretReports.report(Register.ALICE, "finance", submissionId)).isEqualTo(reportId);
		assertThat(register.jdbc.sql("SELECT COUNT(*) FROM declaration").query(Integer.class).single()).isZero();
		assertThat(register.jdbc.sql("SELECT COUNT(*) FROM secret_material_report").query(Integer.class).single())
				.isEqualTo(1);
		assertThat(register.events(SecretMaterialReported.class)).singleElement()
				.isEqualTo(new SecretMaterialReported(reportId, "finance", "aad-alice"));
	}

	@Test
	void concurrentSubmissionsOnPostgresqlGetDistinctReferences() throws Exception {
		DataSource database = TestDatabases.migrated(Kind.POSTGRESQL);
		// Two "instances" on one database, eight threads each, all released at once.
		List<Register> instances = List.of(new Register(database, new TestClock(NOW)), new Register(database, new TestClock(NOW)));
		int threads = 16;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Register instance = instances.get(i % 2);
				Callable<String> submit = () -> {
					start.await();
					return instance.service.submit(Register.ALICE, Register.form(TODAY), newId()).reference();
				};
				results.add(pool.submit(submit));
			}
			start.countDown();
			List<String> references = new ArrayList<>();
			for (Future<String> result : results) {
				references.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(Set.copyOf(references)).hasSize(threads);
			assertThat(references).allMatch(reference -> reference.matches("NCCC-2026-\\d{6}"));
			assertThat(references).contains("NCCC-2026-000001", "NCCC-2026-000016");
		} finally {
			pool.shutdownNow();
		}
	}
}
