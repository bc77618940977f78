package org.recordsassistant.nccc.guidance;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.testing.BotConversation;
import org.recordsassistant.nccc.testing.BotExchange;
import org.recordsassistant.nccc.testing.EndToEndTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordsassistant.nccc.guidance.FakeTurn.element;

/**
 * The Ask job through real HTTP to {@code /api/messages}: answers, did-you-mean, abstention, ratings,
 * the records-team round trip across two users' chats, the content owner's digest, bad input, what is
 * logged and what the retention purge removes.
 */
class AskEndToEndTests extends EndToEndTest {
	private static final String RECORDS_TEAM = "Records Team";
	private static final String CONTENT_OWNER = "Content Owner";
	private static final Pattern REFERENCE = Pattern.compile("GQ-[A-Z0-9]{8}");
	private static final Pattern ESCAPED = Pattern.compile("\\\\.");
	private static final String OFF_TOPIC = "when does payroll run this month";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	GuidanceQuestionPurge purge;

	@DynamicPropertySource
	static void guidanceUsers(DynamicPropertyRegistry registry) {
		// Its own database, so rows counted here come only from these tests.
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:ask-e2e;DB_CLOSE_DELAY=-1");
		registry.add("nccc.guidance.records-team-user", () -> aadObjectIdOf(RECORDS_TEAM));
		registry.add("nccc.guidance.content-owners", () -> aadObjectIdOf(CONTENT_OWNER));
	}

	/** A new asker, so rows and sends are this test's own. */
	private BotConversation asker() {
		return chatAs("Asker " + UUID.randomUUID());
	}

	private BotConversation recordsTeam() {
		BotConversation team = chatAs(RECORDS_TEAM);
		team.installs().expectStatus(200);
		return team;
	}

	private static List<JsonNode> sentTo(BotExchange exchange, BotConversation chat) {
		String prefix = "/v3/conversations/" + chat.conversationId() + "/activities";
		return exchange.replies().stream()
				.filter(reply -> URLDecoder.decode(reply.path("_path").asText(), StandardCharsets.UTF_8).startsWith(prefix))
				.toList();
	}

	private static ObjectNode cardOf(JsonNode activity) {
		return (ObjectNode) activity.path("attachments").get(0).get("content");
	}

	/** The data of the card's button with this verb, as Teams would send it back. */
	private static ObjectNode buttonData(JsonNode card, String verb) {
		for (JsonNode actions : card.findValues("actions")) {
			for (JsonNode action : actions) {
				if (verb.equals(action.path("verb").asText())) {
					return action.get("data").deepCopy();
				}
			}
		}
		throw new AssertionError("no " + verb + " button in " + card.toPrettyString());
	}

	/** Every string a Teams client would render: texts, titles and fact values, not button data. */
	private static List<String> rendered(JsonNode node) {
		List<String> shown = new ArrayList<>();
		collectRendered(node, shown);
		return shown;
	}

	private static void collectRendered(JsonNode node, List<String> shown) {
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> {
				if (List.of("text", "title", "value", "label", "placeholder").contains(field.getKey())
						&& field.getValue().isTextual()) {
					shown.add(field.getValue().asText());
				}
				else if (!"data".equals(field.getKey())) {
					collectRendered(field.getValue(), shown);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(child -> collectRendered(child, shown));
		}
	}

	/** The data of "Send answer" on the records team's card for this reference. */
	private static ObjectNode replyButton(String reference) {
		return buttonData(RecordsTeamCards.escalation(new RecordsTeam.Escalation(reference, OFF_TOPIC, null, null)),
				RecordsTeamCards.VERB_REPLY);
	}

	private String escalate(BotConversation asker, JsonNode card) {
		String message = asker.clicks(AnswerCards.VERB_ESCALATE, buttonData(card, AnswerCards.VERB_ESCALATE))
				.expectStatus(200).invokeMessage();
		Matcher reference = REFERENCE.matcher(message);
		assertThat(reference.find()).as("a reference in '%s'", message).isTrue();
		return reference.group();
	}

	@Test
	void answersWithACardCitingTheParagraphAndTheGuidanceVersion() {
		JsonNode card = asker().says("spad here, does the nccc guidance apply to me?").expectStatus(200).card();
		assertThat(element((ObjectNode) card, "question").get("text").asText())
				.isEqualTo("Does the guidance apply to special advisers?");
		assertThat(element((ObjectNode) card, "citation").get("text").asText())
				.startsWith("Guidance version " + knowledgeBase.version() + ", para 3");
		assertThat(buttonData(card, AnswerCards.VERB_HELPFUL).get(AnswerCards.ENTRY_ID).asText()).isEqualTo("special-advisers");
	}

	@Test
	void offersChoicesForAVagueQuestion() {
		JsonNode card = asker().says("how do I export a whatsapp chat").expectStatus(200).card();
		assertThat(element((ObjectNode) card, "question").get("text").asText()).isEqualTo("Did you mean…");
		assertThat(element((ObjectNode) card, "choices").get("actions").size()).isBetween(2, GuidanceMatcher.MAX_CHOICES);
	}

	@Test
	void abstainsOnAnOffTopicQuestionOffersTheRecordsTeamAndKeepsTheQuestion() {
		BotConversation asker = asker();
		JsonNode card = asker.says(OFF_TOPIC).expectStatus(200).card();
		assertThat(element((ObjectNode) card, "question").get("text").asText()).isEqualTo("I don't have a confirmed answer to that");
		assertThat(buttonData(card, AnswerCards.VERB_ESCALATE).get(AnswerCards.QUESTION).asText()).isEqualTo(OFF_TOPIC);
		assertThat(jdbc.queryForList("SELECT question FROM guidance_unanswered WHERE user_key = ?", String.class,
				asker.aadObjectId())).containsExactly(OFF_TOPIC);
	}

	@Test
	void storesHelpfulAndNotHelpfulRatings() {
		BotConversation asker = asker();
		JsonNode card = asker.says("are my whatsapp messages covered by foi").expectStatus(200).card();
		JsonNode rated = asker.clicks(AnswerCards.VERB_HELPFUL, buttonData(card, AnswerCards.VERB_HELPFUL))
				.expectStatus(200).invokeCard();
		assertThat(element((ObjectNode) rated, "rating").get("text").asText()).contains("helpful");
		asker.clicks(AnswerCards.VERB_UNHELPFUL, buttonData(card, AnswerCards.VERB_UNHELPFUL)).expectStatus(200);
		assertThat(jdbc.queryForList("SELECT entry_id || '|' || kb_version || '|' || helpful FROM guidance_feedback "
				+ "WHERE user_key = ? ORDER BY created_at", String.class, asker.aadObjectId()))
				.containsExactlyInAnyOrder("foi-covers-nccc|" + knowledgeBase.version() + "|TRUE",
						"foi-covers-nccc|" + knowledgeBase.version() + "|FALSE");
	}

	@Nested
	class RecordsTeamRoundTrip {

		@Test
		void escalationReachesTheRecordsTeamAndTheirReplyReachesTheAsker() {
			BotConversation team = recordsTeam();
			BotConversation asker = asker();
			JsonNode abstention = asker.says(OFF_TOPIC).card();

			BotExchange escalation = asker.clicks(AnswerCards.VERB_ESCALATE, buttonData(abstention, AnswerCards.VERB_ESCALATE))
					.expectStatus(200);
			assertThat(escalation.invokeMessage()).contains("passed your question to the records team");
			List<JsonNode> toTeam = sentTo(escalation, team);
			assertThat(toTeam).as("cards sent to the records team's chat").hasSize(1);
			ObjectNode teamCard = cardOf(toTeam.get(0));
			assertThat(element(teamCard, "asked").get("text").asText()).contains("payroll");
			String reference = buttonData(teamCard, RecordsTeamCards.VERB_REPLY).get(RecordsTeamCards.REFERENCE).asText();
			assertThat(escalation.invokeMessage()).contains(reference);

			ObjectNode reply = buttonData(teamCard, RecordsTeamCards.VERB_REPLY)
					.put(RecordsTeamCards.REPLY_TEXT, "Payroll runs on the 20th, ask HR for details")
					.put(RecordsTeamCards.ADD_TO_KB, "true");
			BotExchange answered = team.clicks(RecordsTeamCards.VERB_REPLY, reply).expectStatus(200);
			List<JsonNode> toAsker = sentTo(answered, asker);
			assertThat(toAsker).as("the answer relayed to the asker's chat").hasSize(1);
			assertThat(rendered(toAsker.get(0))).anySatisfy(text -> assertThat(text).contains("Payroll runs on the 20th"));
			assertThat(element((ObjectNode) answered.invokeCard(), "answered").get("text").asText())
					.startsWith("Answered by " + RECORDS_TEAM + " at ");

			assertThat(jdbc.queryForMap("SELECT status, answered_by, answered_at FROM guidance_escalation WHERE reference = ?",
					reference)).containsEntry("STATUS", "ANSWERED").containsEntry("ANSWERED_BY", team.aadObjectId())
					.hasEntrySatisfying("ANSWERED_AT", at -> assertThat(at).isNotNull());
			assertThat(jdbc.queryForList("SELECT answer FROM guidance_suggestion WHERE reference = ?", String.class, reference))
					.containsExactly("Payroll runs on the 20th, ask HR for details");

			BotExchange again = team.clicks(RecordsTeamCards.VERB_REPLY, reply).expectStatus(200);
			assertThat(sentTo(again, asker)).as("nothing relayed on a second click").isEmpty();
			assertThat(element((ObjectNode) again.invokeCard(), "answered").get("text").asText())
					.startsWith("Answered by " + RECORDS_TEAM);
		}

		@Test
		void onlyTheRecordsTeamMayAnswer() {
			recordsTeam();
			BotConversation asker = asker();
			String reference = escalate(asker, asker.says(OFF_TOPIC).card());
			BotExchange attempt = asker.clicks(RecordsTeamCards.VERB_REPLY, replyButton(reference).put(RecordsTeamCards.REPLY_TEXT, "I'll answer my own question")).expectStatus(200);
			assertThat(attempt.invokeMessage()).isEqualTo(RecordsTeamReplies.NOT_A_MEMBER);
			assertThat(attempt.replies()).isEmpty();
			assertThat(jdbc.queryForObject("SELECT status FROM guidance_escalation WHERE reference = ?", String.class,
					reference)).isEqualTo("SENT");
		}

		@Test
		void theSubmitFallbackAnswersToo() {
			BotConversation team = recordsTeam();
			BotConversation asker = asker();
			String reference = escalate(asker, asker.says(OFF_TOPIC).card());
			ObjectNode value = replyButton(reference).put(RecordsTeamCards.REPLY_TEXT, "By Submit");
			BotExchange submitted = team.submits(value).expectStatus(200);
			assertThat(sentTo(submitted, asker)).hasSize(1);
		}
	}

	@Nested
	class Digest {

		@Test
		void showsTheContentOwnerCountsAndTheLatestQuestionsEscaped() {
			asker().says("what about the printer [x](https://evil.example)").expectStatus(200);
			JsonNode card = chatAs(CONTENT_OWNER).says("Guidance digest").expectStatus(200).card();
			assertThat(element((ObjectNode) card, "counts").toString()).contains("Unanswered questions");
			assertThat(rendered(element((ObjectNode) card, "unanswered"))).anySatisfy(text ->
					assertThat(text).contains("printer").doesNotContain("[x](https://evil"));
		}

		@Test
		void politelyRefusesEveryoneElse() {
			BotExchange exchange = asker().says("guidance digest").expectStatus(200);
			assertThat(exchange.texts()).containsExactly(GuidanceDigest.NOT_AN_OWNER);
			assertThat(exchange.cards()).isEmpty();
		}
	}

	@Nested
	class BadInput {

		@Test
		void emptyAndBlankMessagesGetAHint() {
			asker().says("").expectStatus(200).expectTextContaining("I didn't find any text");
			asker().says("   \n ").expectStatus(200).expectTextContaining("I didn't find any text");
		}

		@Test
		void aTenThousandCharacterMessageGetsANormalSizedReply() {
			String huge = "can i use whatsapp to talk to a supplier about the contract ".repeat(200).substring(0, 10_000);
			BotExchange exchange = asker().says(huge).expectStatus(200);
			assertThat(exchange.replies()).hasSize(1);
			assertThat(exchange.replies().get(0).toString().length()).isLessThan(huge.length());
		}

		@Test
		void emojiOnlyAsksForWords() {
			assertThat(asker().says("🙂👍🎉").expectStatus(200).texts()).containsExactly(GuidanceTurnHandler.NO_QUESTION);
		}

		@Test
		void htmlAndMarkdownAreNeverShownUnescaped() {
			for (String attack : List.of("<script>alert('x')</script> [x](https://evil.example) when does payroll run",
					"<img src=x onerror=alert(1)> can i use whatsapp to talk to a supplier",
					"**bold** [x](https://evil.example) how do I export a whatsapp chat")) {
				BotExchange exchange = asker().says(attack).expectStatus(200);
				assertThat(exchange.replies()).isNotEmpty();
				List<String> shown = new ArrayList<>(exchange.texts());
				exchange.cards().forEach(card -> shown.addAll(rendered(card)));
				// Markdown-escaped characters (a backslash before "<" or "[") show literally; drop them to see what still renders.
				assertThat(shown).as("what the user sees for '%s'", attack)
						.map(text -> ESCAPED.matcher(text).replaceAll(""))
						.noneSatisfy(text -> assertThat(text).containsAnyOf("<script>", "<img", "[x](https://evil", "**bold**"));
			}
		}

		@Test
		void otherLanguagesGetTheEnglishOnlyReply() {
			for (String question : List.of("Ga i ddefnyddio WhatsApp ar fy ffôn gwaith?",
					"Est-ce que je peux utiliser WhatsApp pour le travail ?", "Czy mogę używać WhatsApp w pracy?",
					"我可以用微信处理工作吗？")) {
				assertThat(asker().says(question).expectStatus(200).texts()).as(question)
						.containsExactly(GuidanceTurnHandler.NOT_ENGLISH);
			}
		}
	}

	@Nested
	class Records {

		@Test
		void logsEveryReplyByEntryVersionAndScoreButNeverWhatAnyoneTyped() {
			String marker = "Zanzibarquokka";
			String replyMarker = "Quokkanswer";
			Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			ListAppender<ILoggingEvent> appender = new ListAppender<>();
			appender.start();
			root.addAppender(appender);
			Instant started = Instant.now();
			try {
				BotConversation team = recordsTeam();
				BotConversation asker = asker();
				asker.says("can " + marker + " use whatsapp on a personal phone").expectStatus(200);
				String reference = escalate(asker, asker.says(marker + " payroll").card());
				team.clicks(RecordsTeamCards.VERB_REPLY, replyButton(reference)
						.put(RecordsTeamCards.REPLY_TEXT, replyMarker + " is the answer")).expectStatus(200);
			}
			finally {
				root.detachAppender(appender);
			}
			List<ILoggingEvent> appEvents = appender.list.stream()
					// The fake connector's own logging is the test's, not the bot's.
					.filter(event -> !event.getLoggerName().startsWith("com.github.tomakehurst")
							&& !event.getLoggerName().startsWith("wiremock"))
					.toList();
			assertThat(appEvents).filteredOn(event -> event.getFormattedMessage().startsWith("Guidance answer:"))
					.isNotEmpty().allSatisfy(event -> {
						assertThat(event.getFormattedMessage()).containsPattern("entry=\\S+ kb=" + knowledgeBase.version()
								+ " confidence=\\d");
						assertThat(event.getInstant()).isAfterOrEqualTo(started);
					});
			assertThat(appEvents).anySatisfy(event -> assertThat(event.getFormattedMessage())
					.startsWith("Guidance escalation answered: reference=GQ-"));
			assertThat(appEvents).allSatisfy(event -> assertThat(event.getFormattedMessage().toLowerCase())
					.doesNotContain(marker.toLowerCase()).doesNotContain(replyMarker.toLowerCase()));
		}

		@Test
		void purgeRemovesQuestionsOlderThanTheRetention() {
			BotConversation asker = asker();
			asker.says("what about the old printer").expectStatus(200);
			asker.says("what about the new printer").expectStatus(200);
			OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(91);
			jdbc.update("UPDATE guidance_unanswered SET created_at = ? WHERE user_key = ? AND question LIKE '%old%'",
					longAgo, asker.aadObjectId());

			purge.purge();

			assertThat(jdbc.queryForList("SELECT question FROM guidance_unanswered WHERE user_key = ?", String.class,
					asker.aadObjectId())).containsExactly("what about the new printer");
		}
	}
}
