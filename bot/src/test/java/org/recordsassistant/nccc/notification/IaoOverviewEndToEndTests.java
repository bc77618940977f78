package org.recordsassistant.nccc.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.recordsassistant.nccc.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code iao} command and the register export through {@code /api/messages}: an IAO's overview with
 * counts from the notice table, a non-IAO's explanation, and the CSV arriving by email, or a clear
 * reason when the dates are wrong.
 */
class IaoOverviewEndToEndTests extends EndToEndTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path MAIL = DATA.resolve("mail");
	private static final String PAULAS_MAIL = "paula.ports@dept.gov.uk";
	private static final Pattern REFERENCE = Pattern.compile("NCCC-\\d{4}-\\d{6}");
	private static final String PAULA = "Paula Ports";
	private static final String CORA = "Cora Comms";

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void routing(DynamicPropertyRegistry registry) {
		// Its own database, so the counts here come only from these tests.
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:iao-overview-e2e;DB_CLOSE_DELAY=-1");
		registry.add("nccc.notification.areas.ports-policy.iao", () -> aadObjectIdOf(PAULA));
		registry.add("nccc.notification.areas.communications.iao", () -> "cora.comms@dept.gov.uk");
	}

	/** The directory knows the IAOs (by object id and UPN) and their mail addresses. */
	@TestConfiguration
	static class People {
		@Bean
		@Primary
		Directory knownPeople() {
			return StaticDirectory.of(List.of(
					new DirectoryUser(aadObjectIdOf(PAULA), PAULA, "paula.ports@dept.gov.uk", "paula@dept.gov.uk", null, null),
					new DirectoryUser(aadObjectIdOf(CORA), CORA, "cora.comms@dept.gov.uk", "cora.comms@dept.gov.uk", null,
							null),
					new DirectoryUser(aadObjectIdOf(IAO_NAME), IAO_NAME, null, "iris@dept.gov.uk", null, null)), Map.of());
		}
	}

	@Test
	void anIaoSeesCountsWaitingAndOverdueItemsAndTheLatestFilingsOfTheirArea() {
		String cora = aadObjectIdOf(CORA);
		Instant now = Instant.now();
		notice("RECORD_FILED", "T-" + UUID.randomUUID(), "communications", cora, "SENT", now.minus(10, ChronoUnit.DAYS),
				"Messages filed: *Press office* group");
		notice("DECLARATION_SUBMITTED", "NCCC-2020-900001", "communications", cora, "FAILED", now.minus(1, ChronoUnit.HOURS),
				"Declaration NCCC-2020-900001");
		notice("DECLARATION_SUBMITTED", "NCCC-2020-900002", "communications", cora, "ACKNOWLEDGED",
				now.minus(20, ChronoUnit.DAYS), "Declaration NCCC-2020-900002");
		notice("DECLARATION_SUBMITTED", "NCCC-2020-900003", "finance", "aad-someone-else", "SENT", now,
				"Another area's declaration");

		BotExchange overview = chatAs(CORA).says("iao").expectStatus(200);

		JsonNode card = overview.card();
		assertThat(facts(card)).containsEntry("Waiting for acknowledgement", "2")
				.containsEntry("Overdue (over 3 working days)", "1").containsEntry("Sent, not yet acknowledged", "1")
				.containsEntry("Delivery failed", "1").containsEntry("Acknowledged", "1").containsEntry("Queued to send", "0");
		String text = card.toString();
		assertThat(text).contains("Your area: Communications", "NCCC-2020-900001", "Overdue since",
				"Messages filed: \\\\*Press office\\\\* group").doesNotContain("Another area");
		assertThat(text.indexOf("Messages filed")).as("oldest waiting first").isLessThan(text.indexOf("NCCC-2020-900001"));
		assertThat(card.path("actions").get(0).path("verb").asText()).isEqualTo("iao.export");
		assertThat(card.path("actions").get(0).path("data").path("area").asText()).isEqualTo("communications");
	}

	@Test
	void someoneWhoIsNotAnIaoLearnsWhatIaosDoAndWhoTheirsIs() {
		BotConversation nina = chatAs("Nina Neutral");
		notice("DECLARATION_SUBMITTED", "NCCC-2020-900010", "ports-policy", aadObjectIdOf(PAULA), "SENT", Instant.now(),
				"Declaration NCCC-2020-900010", nina.aadObjectId());

		BotExchange answer = nina.says("IAO").expectStatus(200);

		assertThat(answer.cards()).isEmpty();
		assertThat(answer.texts()).singleElement().asString().contains("Information Asset Owners (IAOs)")
				.contains("your business area is **Ports policy**; its IAO is **Paula Ports**.");
		assertThat(chatAs("Omar Other").says("iao").texts()).singleElement().asString()
				.contains("I don't know your business area yet");
	}

	@Test
	void theExportEmailsTheRegisterCsvToTheIaoAndSaysSoInTheChat() throws Exception {
		String reference = declareInPortsPolicy("Quay 4 berthing plan");
		BotConversation paula = chatAs(PAULA);
		ObjectNode data = exportData(paula.says("iao").card());
		LocalDate today = LocalDate.now(WorkingDays.LONDON);

		BotExchange clicked = paula.clicks("iao.export", data.put("from", today.minusDays(7).toString())
				.put("to", today.toString())).expectStatus(200);

		assertThat(clicked.invokeCard().toString()).contains("I'm preparing the register for Ports policy");
		MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(PAULAS_MAIL),
				found -> !found.isEmpty()).get(0);
		assertThat(mail.getSubject()).startsWith("NCCC declaration register: Ports policy");
		Part csv = attachment(mail);
		assertThat(csv.getFileName()).isEqualTo("nccc-register-ports-policy-" + today.minusDays(7) + "-to-" + today + ".csv");
		String content = new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(content).startsWith("\uFEFFreference,status,").contains(reference).contains("Quay 4 berthing plan");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(connector.sent())
				.anySatisfy(sent -> assertThat(sent.path("_path").asText()).contains(paula.conversationId()))
				.anySatisfy(sent -> assertThat(sent.path("text").asText())
						.contains("I've emailed you the declaration register for **Ports policy**")));
	}

	@Test
	void badDateRangesGetAClearAnswerOnTheCardAndNoMail() throws Exception {
		BotConversation paula = chatAs(PAULA);
		ObjectNode data = exportData(paula.says("iao").card());
		int mailsBefore = mailsTo(PAULAS_MAIL).size();

		assertThat(problem(paula, data.deepCopy().put("from", "2026-03-10").put("to", "2026-03-01")))
				.contains("The start date (2026-03-10) is after the end date (2026-03-01)");
		assertThat(problem(paula, data.deepCopy().put("from", "2024-01-01").put("to", "2025-06-30")))
				.contains("That range covers 547 days; one export can cover at most 366 days");
		assertThat(problem(paula, data.deepCopy().put("from", 20260301).put("to", "2026-03-10")))
				.contains("The start date (From) must be a date like 2026-03-01, not a number");
		assertThat(problem(paula, data.deepCopy().put("from", "2026-02-30").put("to", "2026-03-10")))
				.contains("The start date (From) '2026-02-30' is not a date I can read");
		assertThat(problem(paula, data.deepCopy().put("from", "2026-03-01").put("to", "")))
				.contains("Choose the end date (To).");
		assertThat(problem(paula, data.deepCopy().put("area", "finance").put("from", "2026-03-01").put("to", "2026-03-02")))
				.contains("You are not the IAO or deputy for that business area");
		assertThat(mailsTo(PAULAS_MAIL)).hasSize(mailsBefore);
	}

	@Test
	void someoneWhoIsNotAnIaoCannotExport() {
		ObjectNode data = JSON.createObjectNode().put("area", "ports-policy").put("from", "2026-03-01").put("to", "2026-03-02");

		assertThat(chatAs("Mallory Nosy").clicks("iao.export", data).expectStatus(200).invokeMessage())
				.contains("Only the IAO or deputy of a business area can export its register");
	}

	@Test
	void aSubmittedExportCardIsUpdatedInPlaceWithTheProblem() {
		BotConversation paula = chatAs(PAULA);
		ObjectNode data = exportData(paula.says("iao").card()).put("from", "2026-03-10").put("to", "2026-03-01");

		BotExchange submitted = paula.submits(data.put("verb", "iao.export")).expectStatus(200);

		assertThat(submitted.replies()).singleElement().satisfies(update -> assertThat(update.toString())
				.contains("is after the end date"));
	}

	private String problem(BotConversation chat, ObjectNode data) {
		JsonNode card = chat.clicks("iao.export", data).expectStatus(200).invokeCard();
		JsonNode feedback = card.path("body").get(1);
		assertThat(feedback.path("color").asText()).isEqualTo("Attention");
		return feedback.path("text").asText();
	}

	private static ObjectNode exportData(JsonNode card) {
		JsonNode export = card.path("actions").get(0);
		assertThat(export.path("verb").asText()).isEqualTo("iao.export");
		return (ObjectNode) export.path("data").deepCopy();
	}

	private String declareInPortsPolicy(String subject) {
		LocalDate today = LocalDate.now(WorkingDays.LONDON);
		ObjectNode data = JSON.createObjectNode().put("submissionId", UUID.randomUUID().toString())
				.put("channel", "whatsapp").put("account", "work").put("device", "corporate")
				.put("dateFrom", today.minusDays(1).toString()).put("dateTo", today.toString())
				.put("counterparties", "Harbour master").put("external", "true").put("businessArea", "ports-policy")
				.put("subject", subject).put("significant", "decision").put("classification", "official")
				.put("personalData", "none").put("disappearing", "false").put("transferred", "not-yet")
				.put("holds", "false");
		String reply = chatAs("Priya Declarant").clicks("declaration.submit", data).expectStatus(200).body();
		Matcher reference = REFERENCE.matcher(reply);
		assertThat(reference.find()).as("a reference in %s", reply).isTrue();
		return reference.group();
	}

	private void notice(String kind, String reference, String area, String iao, String status, Instant created,
			String title) {
		new Notices(jdbc).add(kind, reference, area, iao, status, created, title);
	}

	private void notice(String kind, String reference, String area, String iao, String status, Instant created,
			String title, String declarant) {
		new Notices(jdbc).add(kind, reference, area, iao, status, created, title, declarant, false);
	}

	private static Map<String, String> facts(JsonNode card) {
		for (JsonNode element : card.path("body")) {
			if ("FactSet".equals(element.path("type").asText())) {
				java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
				element.path("facts").forEach(fact -> facts.put(fact.path("title").asText(), fact.path("value").asText()));
				return facts;
			}
		}
		throw new AssertionError("no FactSet in " + card);
	}

	private static List<Path> mails() throws IOException {
		if (!Files.isDirectory(MAIL)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(MAIL)) {
			return files.filter(file -> file.toString().endsWith(".eml")).toList();
		}
	}

	/** Mails written by the folder mailer (shared by every end-to-end test) to this address. */
	private static List<MimeMessage> mailsTo(String address) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (Path file : mails()) {
			try (InputStream in = Files.newInputStream(file)) {
				MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
				if (mail.getRecipients(MimeMessage.RecipientType.TO)[0].equals(new InternetAddress(address))) {
					found.add(mail);
				}
			}
		}
		return found;
	}

	private static Part attachment(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				return parts.getBodyPart(i);
			}
		}
		throw new AssertionError("no attachment");
	}
}
