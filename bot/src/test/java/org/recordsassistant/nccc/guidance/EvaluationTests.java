package org.recordsassistant.nccc.guidance;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.EvaluationHarness.Case;
import org.recordsassistant.nccc.guidance.EvaluationHarness.EvaluationSet;
import org.recordsassistant.nccc.guidance.EvaluationHarness.Report;

import static org.assertj.core.api.Assertions.assertThat;

/** Floors on matching quality, measured on questions the knowledge base was not written from. */
class EvaluationTests {
	private static final double FLOOR = 0.90;
	private static final double MAX_IN_SCOPE_ABSTENTION = 0.05;

	private final KnowledgeBase kb = KnowledgeBaseTests.central();
	private final EvaluationSet set = EvaluationHarness.load();

	@Test
	void evaluationSetIsLargeEnoughAndNamesRealEntries() {
		assertThat(set.inScope()).hasSizeGreaterThanOrEqualTo(150);
		assertThat(set.outOfScope()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(set.inScope()).allSatisfy(c -> assertThat(kb.find(c.id())).as(c.q()).isPresent());
	}

	@Test
	void noEvaluationQuestionIsCopiedIntoTheKnowledgeBase() {
		Set<String> kbTexts = new HashSet<>();
		kb.entries().forEach(entry -> {
			kbTexts.add(normalise(entry.question()));
			entry.phrasings().forEach(phrasing -> kbTexts.add(normalise(phrasing)));
		});
		for (String path : new String[] {EvaluationHarness.EVALUATION, EvaluationHarness.CONSUMED_HOLDOUT,
				EvaluationHarness.HOLDOUT}) {
			EvaluationSet questions = EvaluationHarness.load(path);
			assertThat(questions.inScope()).as(path).map(Case::q).map(EvaluationTests::normalise)
					.doesNotContainAnyElementsOf(kbTexts);
			assertThat(questions.outOfScope()).as(path).map(EvaluationTests::normalise).doesNotContainAnyElementsOf(kbTexts);
		}
	}

	@Test
	void meetsPrecisionAndAbstentionFloors() {
		GuidanceIndex index = new GuidanceIndex(kb, new GuidanceAnalyzer());
		Report report = EvaluationHarness.run(new GuidanceMatcher(index), index, set);
		System.out.println(report.summary());
		report.misses().forEach(System.out::println);
		assertThat(report.precisionAt1()).as(report.summary()).isGreaterThanOrEqualTo(FLOOR);
		assertThat(report.correctAbstention()).as(report.summary()).isGreaterThanOrEqualTo(FLOOR);
		assertThat(report.inScopeAbstention()).as(report.summary()).isLessThanOrEqualTo(MAX_IN_SCOPE_ABSTENTION);
	}

	@Test
	void reportsTheHeldOutFiguresAndKeepsThemOutOfTheKnowledgeBase() {
		EvaluationSet holdout = EvaluationHarness.load(EvaluationHarness.HOLDOUT);
		assertThat(holdout.inScope()).allSatisfy(c -> assertThat(kb.find(c.id())).as(c.q()).isPresent());
		GuidanceIndex index = new GuidanceIndex(kb, new GuidanceAnalyzer());
		Report report = EvaluationHarness.run(new GuidanceMatcher(index), index, holdout);
		System.out.println("Held out: " + report.summary());
		report.misses().forEach(System.out::println);
		assertThat(report.inScope() + report.outOfScope()).isEqualTo(holdout.inScope().size() + holdout.outOfScope().size());
	}

	private static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
	}
}
