package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.recordsassistant.nccc.guidance.Decision.Kind;
import org.recordsassistant.nccc.guidance.GuidanceIndex.Hit;

/**
 * Measures matching against {@code evaluation.yaml}: P@1, P@3 and MRR over in-scope questions (an
 * abstention on an in-scope question counts as a miss at every rank) and the share of out-of-scope
 * questions correctly not answered. Run it with
 * {@code mvn -B -ntp -pl bot -am test -Dtest=EvaluationTests -Dsurefire.failIfNoSpecifiedTests=false}
 * (figures in {@code bot/target/surefire-reports/*EvaluationTests-output.txt}), or run {@link #main} to
 * list every miss as well: after a test-compile, {@code mvn -q -pl bot dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test} then {@code java -cp
 * "bot/target/test-classes:bot/target/classes:$(cat /tmp/cp.txt)"
 * org.recordsassistant.nccc.guidance.EvaluationHarness}.
 */
final class EvaluationHarness {
	static final String EVALUATION = "/guidance/evaluation.yaml";
	/** The first held-out set, consumed by one round of general fixes: development data now. */
	static final String CONSUMED_HOLDOUT = "/guidance/evaluation-holdout.yaml";
	/** Questions never used for any change: the honest estimate. */
	static final String HOLDOUT = "/guidance/evaluation-holdout-2.yaml";
	static final int RANKS = 5;

	record Case(String q, String id) {
	}

	record EvaluationSet(List<Case> inScope, List<String> outOfScope) {
	}

	/** The figures, plus the misses for a human to read. */
	record Report(double precisionAt1, double precisionAt3, double mrr, double correctAbstention,
			double directAnswer, double inScopeAbstention, int inScope, int outOfScope, List<String> misses) {

		String summary() {
			return String.format(Locale.ROOT, "Guidance evaluation (%d in scope, %d out of scope): P@1 %.3f, P@3 %.3f, "
					+ "MRR %.3f, correct abstention %.3f, direct answers %.3f, in-scope abstentions %.3f", inScope,
					outOfScope, precisionAt1, precisionAt3, mrr, correctAbstention, directAnswer, inScopeAbstention);
		}
	}

	private EvaluationHarness() {
	}

	static EvaluationSet load() {
		return load(EVALUATION);
	}

	static EvaluationSet load(String path) {
		ObjectMapper yaml = new YAMLMapper();
		try (InputStream in = EvaluationHarness.class.getResourceAsStream(path)) {
			return yaml.readValue(in, EvaluationSet.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static GuidanceMatcher matcher(KnowledgeBase kb) {
		return new GuidanceMatcher(new GuidanceIndex(kb, new GuidanceAnalyzer()));
	}

	static Report run(GuidanceMatcher matcher, GuidanceIndex index, EvaluationSet set) {
		List<String> misses = new ArrayList<>();
		int atOne = 0;
		int atThree = 0;
		int direct = 0;
		int abstained = 0;
		double reciprocal = 0;
		for (Case c : set.inScope()) {
			Decision decision = matcher.decide(c.q());
			boolean offered = decision.kind() == Kind.ANSWER || decision.kind() == Kind.DID_YOU_MEAN;
			int rank = offered ? rankOf(c.id(), decision, index.search(c.q(), RANKS)) : 0;
			atOne += rank == 1 ? 1 : 0;
			atThree += rank >= 1 && rank <= 3 ? 1 : 0;
			reciprocal += rank > 0 ? 1.0 / rank : 0;
			direct += decision.kind() == Kind.ANSWER && rank == 1 ? 1 : 0;
			abstained += offered ? 0 : 1;
			if (rank != 1) {
				misses.add(describe("MISS", c.q(), c.id(), decision));
			}
		}
		int correctAbstentions = 0;
		for (String q : set.outOfScope()) {
			Decision decision = matcher.decide(q);
			if (decision.kind() == Kind.ANSWER || decision.kind() == Kind.DID_YOU_MEAN) {
				misses.add(describe("ANSWERED OFF-TOPIC", q, "-", decision));
			}
			else {
				correctAbstentions++;
			}
		}
		int n = set.inScope().size();
		return new Report((double) atOne / n, (double) atThree / n, reciprocal / n,
				(double) correctAbstentions / set.outOfScope().size(), (double) direct / n, (double) abstained / n, n,
				set.outOfScope().size(), misses);
	}

	/**
	 * The rank the user sees: the decision's own order first (the answer, or the did-you-mean buttons),
	 * then the rest of the search ranking. 0 when the expected entry is nowhere.
	 */
	private static int rankOf(String expected, Decision decision, List<Hit> ranking) {
		List<String> order = new ArrayList<>();
		decision.candidates().forEach(hit -> order.add(hit.entry().id()));
		ranking.stream().map(hit -> hit.entry().id()).filter(id -> !order.contains(id)).forEach(order::add);
		int index = order.indexOf(expected);
		return index < 0 ? 0 : index + 1;
	}

	private static String describe(String label, String q, String expected, Decision decision) {
		String got = decision.candidates().stream()
				.map(hit -> String.format(Locale.ROOT, "%s(%.2f)", hit.entry().id(), hit.confidence()))
				.reduce((a, b) -> a + ", " + b).orElse("");
		return label + " [" + decision.kind() + "] '" + q + "' expected " + expected + " got " + got;
	}

	public static void main(String[] args) {
		KnowledgeBase kb = KnowledgeBaseTests.central();
		GuidanceIndex index = new GuidanceIndex(kb, new GuidanceAnalyzer());
		for (String path : new String[] {EVALUATION, CONSUMED_HOLDOUT, HOLDOUT}) {
			Report report = run(new GuidanceMatcher(index), index, load(path));
			report.misses().forEach(System.out::println);
			System.out.println(path + ": " + report.summary());
		}
	}
}
