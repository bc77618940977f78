package org.recordsassistant.nccc.guidance;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.Decision.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class GuidanceMatcherTests {
	private static final GuidanceIndex INDEX = new GuidanceIndex(KnowledgeBaseTests.central(), new GuidanceAnalyzer());
	private final GuidanceMatcher matcher = new GuidanceMatcher(INDEX);

	private String answered(String question) {
		Decision decision = matcher.decide(question);
		assertThat(decision.kind()).as(question).isEqualTo(Kind.ANSWER);
		return decision.top().orElseThrow().entry().id();
	}

	/** The questions the Ask issue quotes, as staff type them: each reaches the entry that answers it. */
	@Test
	void answersTheQuestionsStaffAskMost() {
		assertThat(answered("Can I use WhatsApp to talk to a supplier?")).isEqualTo("judgement-and-justification");
		assertThat(answered("I'm a SpAd, does this apply to me?")).isEqualTo("special-advisers");
		assertThat(answered("Are WhatsApp messages covered by FOI?")).isEqualTo("foi-covers-nccc");
		assertThat(answered("What if the messages disappear?")).isEqualTo("disappearing-messages");
		assertThat(answered("How do I get my chats off my phone?")).as("the ways, then the app's guide")
				.isEqualTo("ways-to-capture");
		assertThat(INDEX.knowledgeBase().find("ways-to-capture").orElseThrow().followUps())
				.contains("export-whatsapp-iphone", "export-whatsapp-android");
	}

	@Test
	void answersSpadQuestionWithParagraph3() {
		Decision decision = matcher.decide("I'm a SpAd - does the guidance apply to me?");
		assertThat(decision.kind()).isEqualTo(Kind.ANSWER);
		KnowledgeEntry entry = decision.top().orElseThrow().entry();
		assertThat(entry.id()).isEqualTo("special-advisers");
		assertThat(entry.paragraphs()).containsExactly("para 3");
	}

	@Test
	void answersFoiQuestionAboutWhatsApp() {
		assertThat(answered("Can my WhatsApp messages be released under FOI?")).isEqualTo("foi-covers-nccc");
	}

	@Test
	void toleratesTyposInLongWords() {
		assertThat(answered("are dissapearing messages allowed")).isEqualTo("disappearing-messages");
		assertThat(answered("what is the finkelstien review")).isEqualTo("independent-review");
	}

	@Test
	void answersTransferDeadlineHonestly() {
		assertThat(answered("how many days do I have to move chats to the record")).isEqualTo("transfer-deadline");
	}

	@Test
	void offersBothPhonesWhenAnExportQuestionNamesNeither() {
		Decision decision = matcher.decide("how do I export a whatsapp chat");
		assertThat(decision.kind()).isEqualTo(Kind.DID_YOU_MEAN);
		assertThat(decision.candidates()).map(hit -> hit.entry().id())
				.contains("export-whatsapp-iphone", "export-whatsapp-android").hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void answersParagraphNumbersBeyondEightWithTheEntrySayingTheyAreUnconfirmed() {
		assertThat(answered("what does paragraph 11 say about leavers?")).isEqualTo("paragraph-numbers");
	}

	@Test
	void offersTheEntriesCitingAParagraphUpToEight() {
		Decision decision = matcher.decide("what does para 5 say");
		assertThat(decision.candidates()).isNotEmpty().allSatisfy(hit -> assertThat(hit.entry().paragraphs()).contains("para 5"));
	}

	@Test
	void abstainsRatherThanGuessWhenEveryWordIsMisspelt() {
		assertThat(matcher.decide("are dissapearing mesages alowed").kind()).isEqualTo(Kind.ABSTAIN);
	}

	@Test
	void abstainsOnPayrollQuestion() {
		assertThat(matcher.decide("when does payroll run this month").kind()).isEqualTo(Kind.ABSTAIN);
	}

	@Test
	void abstainsOnItPasswordAndWeather() {
		assertThat(matcher.decide("I need my IT password reset").kind()).isEqualTo(Kind.ABSTAIN);
		assertThat(matcher.decide("will it rain in London today").kind()).isEqualTo(Kind.ABSTAIN);
	}

	@Test
	void repliesToGreetingsThanksAndGoodbyeWithoutSearching() {
		assertThat(matcher.decide("Hi!").smallTalk()).isEqualTo(SmallTalk.GREETING);
		assertThat(matcher.decide("thanks very much").smallTalk()).isEqualTo(SmallTalk.THANKS);
		assertThat(matcher.decide("who are you?").smallTalk()).isEqualTo(SmallTalk.WHO_ARE_YOU);
		assertThat(matcher.decide("bye").smallTalk()).isEqualTo(SmallTalk.GOODBYE);
		assertThat(matcher.decide("ok").smallTalk()).isEqualTo(SmallTalk.ACKNOWLEDGEMENT);
		assertThat(matcher.decide("hi, can I use WhatsApp on my own phone?").kind()).isNotEqualTo(Kind.SMALL_TALK);
	}

	@Test
	void saysItOnlyAnswersInEnglishToWelshFrenchAndPolish() {
		assertThat(matcher.decide("Ga i ddefnyddio WhatsApp ar fy ffôn gwaith?").kind()).isEqualTo(Kind.NOT_ENGLISH);
		assertThat(matcher.decide("Est-ce que je peux utiliser WhatsApp pour le travail ?").kind()).isEqualTo(Kind.NOT_ENGLISH);
		assertThat(matcher.decide("Czy mogę używać WhatsApp w pracy?").kind()).isEqualTo(Kind.NOT_ENGLISH);
		assertThat(matcher.decide("Можно ли использовать WhatsApp?").kind()).isEqualTo(Kind.NOT_ENGLISH);
	}

	@Test
	void asksForAQuestionWhenThereAreNoWords() {
		assertThat(matcher.decide("👍🙂🎉").kind()).isEqualTo(Kind.NO_QUESTION);
		assertThat(matcher.decide("   ").kind()).isEqualTo(Kind.NO_QUESTION);
		assertThat(matcher.decide(null).kind()).isEqualTo(Kind.NO_QUESTION);
	}

	@Test
	void survivesATenThousandCharacterMessageOfDistinctWords() {
		String flood = IntStream.range(0, 1500).mapToObj(i -> "zqxword" + i).collect(Collectors.joining(" "));
		assertThat(flood.length()).isGreaterThan(10_000);
		assertThat(matcher.decide(flood).kind()).isEqualTo(Kind.ABSTAIN);
		assertThat(INDEX.queryTerms(flood)).hasSizeLessThanOrEqualTo(GuidanceIndex.MAX_QUERY_TERMS);
	}

	@Test
	void treatsMarkupAsText() {
		Decision decision = matcher.decide("<script>alert(1)</script> [click](https://evil.example) **secret** on signal?");
		assertThat(decision.kind()).isIn(Kind.ANSWER, Kind.DID_YOU_MEAN, Kind.ABSTAIN);
	}

	@Test
	void givesTheSameDecisionEveryTime() {
		String question = "do i need to keep work chats";
		Decision first = matcher.decide(question);
		for (int i = 0; i < 5; i++) {
			Decision again = matcher.decide(question);
			assertThat(again.kind()).isEqualTo(first.kind());
			assertThat(again.candidates()).map(hit -> hit.entry().id())
					.isEqualTo(first.candidates().stream().map(hit -> hit.entry().id()).toList());
		}
	}

	@Test
	void confidenceStaysBetweenZeroAndOne() {
		for (String question : new String[] {"whatsapp", "whatsapp whatsapp whatsapp", "secret", "x"}) {
			assertThat(INDEX.search(question, 5)).allSatisfy(hit -> assertThat(hit.confidence()).isBetween(0.0, 1.0));
		}
	}
}
