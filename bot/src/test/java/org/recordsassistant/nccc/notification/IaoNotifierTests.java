package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.declaration.DeclarationAmended;
import org.recordsassistant.nccc.declaration.DeclarationStatus;
import org.recordsassistant.nccc.declaration.DeclarationSubmitted;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.declaration.SecretMaterialReported;
import org.recordsassistant.nccc.notification.NotificationCards.Note;
import org.recordsassistant.nccc.notification.NotificationCards.Progress;
import org.recordsassistant.nccc.testing.CardChecks;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.transfer.RecordFiled;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events become outbox rows: routed to the area's IAO (or the default, flagged), once per event however often
 * it is replayed, with a summary that holds no free text; and every view of their card is valid.
 */
class IaoNotifierTests {
	private static final Instant NOW = Instant.parse("2026-03-06T10:00:00Z");
	private static final Map<String, String> AREAS = Map.of("ports-policy", "Ports policy");
	private static final Map<String, String> NAMES = Map.of("aad-priya", "Priya Shah", "aad-iris", "Iris Owner");
	private static final DeclarationSummary DECLARATION = new DeclarationSummary("NCCC-2026-000042", "aad-priya",
			"Priya Shah", "ports-policy", "signal", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"), "advice",
			"official-sensitive", "special-category", true, true, true, "not-yet", DeclarationStatus.TRANSFER_NEEDED, 1,
			NOW, null);

	private final JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(TestDatabases.Kind.H2));
	private final NotificationRepository notifications = new NotificationRepository(jdbc);
	private final AtomicInteger wakes = new AtomicInteger();

	private IaoNotifier notifier(String defaultIao) {
		NoticeSummaries summaries = new NoticeSummaries(
				reference -> reference.equals(DECLARATION.reference()) ? Optional.of(DECLARATION) : Optional.empty(),
				transfer -> Optional.empty(), AREAS::get, NAMES::get);
		return new IaoNotifier(notifications, summaries, area -> "ports-policy".equals(area)
				? new IaoRouting.Route("aad-iris", "aad-dan", false) : new IaoRouting.Route(defaultIao, "", true),
				wakes::incrementAndGet, new TestClock(NOW));
	}

	private List<Notification> queued() {
		return jdbc.sql("SELECT id FROM iao_notification ORDER BY created_at").query(String.class).list().stream()
				.map(id -> notifications.find(id).orElseThrow()).toList();
	}

	@Test
	void aSecretReportIsQueuedForTheAreasIaoWithTheReportersNameAndNoContent() {
		notifier("").on(new SecretMaterialReported("SR-1", "ports-policy", "aad-priya"));

		Notification n = queued().get(0);
		assertThat(n.kind()).isEqualTo(NotificationKind.SECRET_REPORTED);
		assertThat(n.iaoKey()).isEqualTo("aad-iris");
		assertThat(n.deputyKey()).isEqualTo("aad-dan");
		assertThat(n.declarantKey()).as("request information goes to the reporter").isEqualTo("aad-priya");
		assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
		assertThat(n.unrouted()).isFalse();
		assertThat(n.summary().title()).isEqualTo("Possible SECRET material reported");
		assertThat(n.summary().facts()).extracting(Summary.Fact::value).containsExactly("SR-1", "Ports policy",
				"Priya Shah");
		assertThat(wakes).hasValue(1);
	}

	@Test
	void anUnknownAreaGoesToTheDefaultIaoFlaggedAndTheCardSaysSo() {
		notifier("aad-iris").on(new SecretMaterialReported("SR-2", "no-such-area", "aad-nobody"));

		Notification n = queued().get(0);
		assertThat(n.iaoKey()).isEqualTo("aad-iris");
		assertThat(n.unrouted()).isTrue();
		assertThat(n.summary().facts()).extracting(Summary.Fact::value).as("unknown names and areas show their ids")
				.contains("no-such-area", "aad-nobody");
		assertThat(NotificationCards.readOnly(n, Progress.NONE, Note.NONE, List.of()).toString()).contains("default IAO");
	}

	@Test
	void aReplayedEventQueuesNothingNew() {
		IaoNotifier notifier = notifier("aad-iris");
		DeclarationSubmitted submitted = new DeclarationSubmitted(DECLARATION.reference(), "ports-policy", "aad-priya",
				true, true, true, true, true);

		notifier.on(submitted);
		notifier.on(submitted);
		notifier.on(new DeclarationAmended(DECLARATION.reference(), 2, "ports-policy", "aad-priya", true, true, true,
				true, true));

		assertThat(queued()).extracting(Notification::kind).containsExactly(NotificationKind.DECLARATION_SUBMITTED,
				NotificationKind.DECLARATION_AMENDED);
		assertThat(queued()).extracting(n -> n.summary().title()).containsExactly("New declaration NCCC-2026-000042",
				"Declaration NCCC-2026-000042 amended (version 2)");
		assertThat(wakes).hasValue(2);
	}

	@Test
	void aDeclarationSummaryHoldsLabelsAndFlagsOnly() {
		notifier("").on(new DeclarationSubmitted(DECLARATION.reference(), "ports-policy", "aad-priya", true, true, true,
				true, true));

		Summary summary = queued().get(0).summary();
		assertThat(summary.facts()).extracting(Summary.Fact::label).containsExactly("Reference", "Business area",
				"Declared by", "Channel", "Messages", "Significance", "Classification", "Personal data",
				"Outside government", "Disappearing messages", "FOI, SAR, inquiry or litigation", "Status");
		assertThat(summary.facts()).extracting(Summary.Fact::value).contains("Signal", "2 Mar 2026 to 4 Mar 2026",
				"OFFICIAL-SENSITIVE", "Special category data", "Transfer needed");
		assertThat(summary.link()).isNull();
		assertThat(Summary.fromJson(summary.toJson())).isEqualTo(summary);
	}

	@Test
	void aFilingWhoseTransferIsGoneStillNotifiesWithItsIds() {
		notifier("aad-iris").on(new RecordFiled("transfer-1", null, "ports-policy", null));

		Notification n = queued().get(0);
		assertThat(n.kind()).isEqualTo(NotificationKind.RECORD_FILED);
		assertThat(n.declarantKey()).isNull();
		assertThat(n.summary().facts()).extracting(Summary.Fact::value).containsExactly("transfer-1", "None linked",
				"Ports policy");
	}

	@Test
	void aFilingLinksToItsRecordWhenTheLibraryGaveAWebLink() {
		notifier("aad-iris").on(new RecordFiled("transfer-2", null, "ports-policy",
				"https://dept.sharepoint.com/sites/records/NCCC/2026/T-2"));
		notifier("aad-iris").on(new RecordFiled("transfer-3", null, "ports-policy", "file:///srv/records/2026/T-3"));

		assertThat(queued()).extracting(n -> n.summary().link()).as("a local folder's file: URL opens nowhere")
				.containsExactlyInAnyOrder("https://dept.sharepoint.com/sites/records/NCCC/2026/T-2", null);
	}

	@Test
	void withNoIaoConfiguredNothingIsQueued() {
		notifier("").on(new SecretMaterialReported("SR-3", "no-such-area", "aad-priya"));

		assertThat(queued()).isEmpty();
		assertThat(wakes).hasValue(0);
	}

	@Test
	void everyViewOfTheCardIsAValidAdaptiveCard() {
		notifier("aad-iris").on(new DeclarationSubmitted(DECLARATION.reference(), "unrouted-area", "aad-priya", true,
				true, true, true, true));
		Notification n = queued().get(0);
		List<String> viewers = List.of("8:orgid:aad-iris", "29:iris");
		Progress asked = new Progress(null, null, "Iris Owner", NOW);
		Notification acknowledged = new Notification(n.id(), n.kind(), n.subjectRef(), n.subjectVersion(),
				n.businessArea(), n.unrouted(), n.iaoKey(), n.deputyKey(), n.declarantKey(), n.summary(),
				NotificationStatus.ACKNOWLEDGED, DeliveryChannel.TEAMS, null, "a-1", 1, NOW, NOW, NOW, "aad-iris", NOW, 0,
				null, null);

		List<JsonNode> cards = List.of(NotificationCards.readOnly(n, Progress.NONE, Note.NONE, viewers),
				NotificationCards.actionable(n, asked, Note.NONE, viewers, "request-1"),
				NotificationCards.actionable(n, Progress.NONE, Note.REMINDER, viewers, "request-2"),
				NotificationCards.readOnly(n, Progress.NONE, Note.ESCALATION, viewers),
				NotificationCards.readOnly(acknowledged, new Progress("Iris Owner", NOW, null, null), Note.NONE, viewers));

		cards.forEach(CardChecks::assertValid);
		assertThat(cards.get(1).toString()).contains("Information requested by Iris Owner at 10:00 on 6 Mar 2026");
		assertThat(cards.get(2).toString()).contains("Reminder: this has not been acknowledged yet", "\"note\":\"reminder\"");
		assertThat(cards.get(3).toString()).contains("Escalated to you as deputy");
		assertThat(cards.get(4).toString()).contains("Acknowledged by Iris Owner at 10:00 on 6 Mar 2026")
				.doesNotContain("refresh", "Reminder");
	}
}
