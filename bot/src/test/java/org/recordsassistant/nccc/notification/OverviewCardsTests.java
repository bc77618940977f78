package org.recordsassistant.nccc.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.notification.OverviewCards.ExportForm;
import org.recordsassistant.nccc.notification.OverviewCards.Feedback;
import org.recordsassistant.nccc.notification.OverviewCards.Latest;
import org.recordsassistant.nccc.notification.OverviewCards.Overview;
import org.recordsassistant.nccc.notification.OverviewRepository.Notice;
import org.recordsassistant.nccc.testing.CardChecks;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview card's shape for cases the end-to-end tests do not reach: several areas, links, oversized rows. */
class OverviewCardsTests {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");
	private static final LocalDate TODAY = LocalDate.parse("2026-03-09");

	private static Notice notice(String reference, String status, Instant created, String summaryJson) {
		return new Notice("id-" + reference, NoticeKinds.RECORD_FILED, reference, "ports-policy", status, created, null,
				summaryJson);
	}

	@Test
	void anIaoOfSeveralAreasChoosesTheAreaToExportAndLinksOpenTheRecord() {
		Map<String, String> areas = new LinkedHashMap<>();
		areas.put("finance", "Finance");
		areas.put("ports-policy", "Ports policy");
		String summary = JSON.createObjectNode().put("title", "Filed [click](https://evil.example)")
				.put("link", "https://records.example/item/1").toString();
		Overview overview = new Overview(areas, true, Map.of("SENT", 1), 1, 0,
				List.of(notice("T-1", "SENT", NOW.minusSeconds(3600), summary)), List.of(), new OverdueRule(3), NOW, TODAY);

		ObjectNode card = OverviewCards.overview(overview, new Feedback("Done.", false),
				new ExportForm(LocalDate.parse("2026-02-01"), TODAY, "ports-policy"));

		CardChecks.assertValid(card);
		JsonNode area = card.findParents("id").stream().filter(input -> "area".equals(input.path("id").asText()))
				.findFirst().orElseThrow();
		assertThat(area.path("type").asText()).isEqualTo("Input.ChoiceSet");
		assertThat(area.path("value").asText()).isEqualTo("ports-policy");
		assertThat(card.findValuesAsText("url")).containsExactly("https://records.example/item/1");
		assertThat(card.toString()).contains("Filed \\\\[click\\\\]\\\\(https://evil.example\\\\)", "Your areas: Finance, Ports policy",
				"You are the default IAO", "\"value\":\"2026-02-01\"");
		assertThat(card.path("actions").get(0).path("data").has("area")).as("the area comes from the choice").isFalse();
	}

	@Test
	void staysUnderTheCardSizeLimitWithTheLargestRows() {
		ObjectNode summary = JSON.createObjectNode().put("title", "x".repeat(3000));
		for (int i = 0; i < 10; i++) {
			summary.withArray("facts").addObject().put("label", "l".repeat(100)).put("value", "v".repeat(300));
		}
		List<Notice> pending = new ArrayList<>();
		List<Latest> latest = new ArrayList<>();
		for (int i = 0; i < IaoOverviewTurnHandler.PENDING_SHOWN; i++) {
			pending.add(notice("T-" + i, "QUEUED", NOW.minusSeconds(86_400L * 30), summary.toString()));
		}
		for (int i = 0; i < IaoOverviewTurnHandler.LATEST_SHOWN; i++) {
			latest.add(new Latest(notice("T-l" + i, "ACKNOWLEDGED", NOW, summary.toString()), Optional.empty()));
		}
		Overview overview = new Overview(Map.of("ports-policy", "Ports policy"), false, Map.of(), 500, 500, pending,
				latest, new OverdueRule(3), NOW, TODAY);

		ObjectNode card = OverviewCards.overview(overview, null, new ExportForm(null, null, null));

		CardChecks.assertValid(card);
		assertThat(card.toString()).contains("… and 492 more", "Overdue since");
	}
}
