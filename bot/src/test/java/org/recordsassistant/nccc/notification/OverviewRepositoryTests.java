package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.notification.OverviewRepository.Notice;
import org.recordsassistant.nccc.notification.OverviewRepository.Scope;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordsassistant.nccc.notification.NoticeKinds.DECLARATION_AMENDED;
import static org.recordsassistant.nccc.notification.NoticeKinds.DECLARATION_SUBMITTED;
import static org.recordsassistant.nccc.notification.NoticeKinds.RECORD_FILED;
import static org.recordsassistant.nccc.notification.NoticeKinds.SECRET_REPORTED;

/** Whose notices an overview counts: their areas, what was routed to them, and for the default IAO the unrouted ones. */
class OverviewRepositoryTests {
	private static final Instant DAY = Instant.parse("2026-03-02T09:00:00Z");

	@ParameterizedTest
	@EnumSource(Kind.class)
	void countsAndListsTheNoticesInScope(Kind kind) {
		JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
		Notices notices = new Notices(jdbc);
		notices.add(DECLARATION_SUBMITTED, "NCCC-2026-000001", "ports-policy", "aad-paula", "QUEUED", DAY, "a", "aad-nina", false);
		notices.add(DECLARATION_AMENDED, "NCCC-2026-000001", "ports-policy", "aad-old-iao", "SENT", DAY.plusSeconds(60), "b",
				"aad-nina", false);
		notices.add(RECORD_FILED, "T-1", "finance", "aad-fiona", "ACKNOWLEDGED", DAY.plusSeconds(120), "c");
		notices.add(SECRET_REPORTED, "SR-1", "no-such-area", "aad-iris", "SENT", DAY.plusSeconds(180), "d", "aad-omar", true);
		notices.add(RECORD_FILED, "T-2", "communications", "aad-iris", "FAILED", DAY.plusSeconds(240), "e", "aad-nina", true);
		OverviewRepository repository = new OverviewRepository(jdbc);

		Scope paula = new Scope(Set.of("ports-policy"), "aad-paula", false);
		assertThat(repository.countByStatus(paula)).as("the old IAO's notice is still the area's")
				.isEqualTo(Map.of("QUEUED", 1, "SENT", 1));
		assertThat(repository.pendingSince(paula)).containsExactlyInAnyOrder(DAY, DAY.plusSeconds(60));
		assertThat(repository.oldestPending(paula, 1)).extracting(Notice::kind).containsExactly(DECLARATION_SUBMITTED);
		assertThat(repository.latest(paula, OverviewRepository.DECLARATIONS_AND_FILINGS, 5)).extracting(Notice::kind)
				.containsExactly(DECLARATION_AMENDED, DECLARATION_SUBMITTED);

		Scope iris = new Scope(Set.of(), "aad-iris", true);
		assertThat(repository.countByStatus(iris)).isEqualTo(Map.of("SENT", 1, "FAILED", 1));
		assertThat(repository.latest(iris, OverviewRepository.DECLARATIONS_AND_FILINGS, 5)).extracting(Notice::subjectRef)
				.containsExactly("T-2");
		assertThat(repository.newByKind(iris, DAY, DAY.plusSeconds(200))).isEqualTo(Map.of(SECRET_REPORTED, 1));

		Scope fionaByRouting = new Scope(Set.of(), "aad-fiona", false);
		assertThat(repository.countByStatus(fionaByRouting)).isEqualTo(Map.of("ACKNOWLEDGED", 1));
		assertThat(repository.countByStatus(new Scope(Set.of(), "aad-nobody", false))).isEmpty();

		assertThat(repository.latestAreaOfDeclarant("aad-nina")).contains("communications");
		assertThat(repository.latestAreaOfDeclarant("aad-zed")).isEmpty();
	}
}
