package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.GuidanceIndex.Hit;
import org.recordsassistant.nccc.guidance.GuidanceIndex.QueryTerm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The precomputed score table must rank and score exactly as the Lucene query it replaced: a
 * disjunction-max of the boosted question field and the answer field per term, summed over terms.
 * Checked on every evaluation question and every phrasing in the knowledge base, typos included.
 */
class ScoreTableTests {
	private static final KnowledgeBase KB = KnowledgeBaseTests.central();
	private static GuidanceIndex index;
	private static ByteBuffersDirectory directory;
	private static DirectoryReader reader;
	private static IndexSearcher lucene;

	@BeforeAll
	static void indexBothWays() throws IOException {
		GuidanceAnalyzer analyzer = new GuidanceAnalyzer();
		index = new GuidanceIndex(KB, analyzer);
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(new GuidanceAnalyzer()).setSimilarity(GuidanceIndex.SIMILARITY))) {
			for (KnowledgeEntry entry : KB.entries()) {
				writer.addDocument(GuidanceIndex.document(entry));
			}
		}
		reader = DirectoryReader.open(directory);
		lucene = new IndexSearcher(reader);
		lucene.setSimilarity(GuidanceIndex.SIMILARITY);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		directory.close();
		index.close();
	}

	/** The query GuidanceIndex ran through Lucene before the table replaced it. */
	private static List<ScoreDoc> luceneSearch(String text) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (QueryTerm term : index.plan(text).terms()) {
			float weight = term.corrected() ? GuidanceIndex.TYPO_WEIGHT : 1f;
			query.add(new DisjunctionMaxQuery(List.of(
					new BoostQuery(new TermQuery(new Term(GuidanceIndex.QUESTION, term.term())), GuidanceIndex.QUESTION_BOOST * weight),
					new BoostQuery(new TermQuery(new Term(GuidanceIndex.ANSWER, term.term())), GuidanceIndex.ANSWER_BOOST * weight)),
					GuidanceIndex.TIE_BREAKER), Occur.SHOULD);
		}
		return List.of(lucene.search(query.build(), EvaluationHarness.RANKS).scoreDocs);
	}

	private static List<String> questions() {
		List<String> questions = new ArrayList<>();
		Stream.of(EvaluationHarness.EVALUATION, EvaluationHarness.CONSUMED_HOLDOUT, EvaluationHarness.HOLDOUT)
				.map(EvaluationHarness::load).forEach(set -> {
					set.inScope().forEach(c -> questions.add(c.q()));
					questions.addAll(set.outOfScope());
				});
		KB.entries().forEach(entry -> {
			questions.add(entry.question());
			questions.addAll(entry.phrasings());
		});
		questions.add("can i use whatsap to talk to a suplier about the contarct");
		questions.add("recrods retenton for signall mesages");
		return questions;
	}

	@Test
	void ranksAndScoresEveryQuestionAsTheLuceneQueryDid() throws IOException {
		List<String> questions = questions();
		assertThat(questions).hasSizeGreaterThan(300);
		int corrected = 0;
		for (String question : questions) {
			List<ScoreDoc> expected = luceneSearch(question);
			List<Hit> actual = index.search(question, EvaluationHarness.RANKS);
			assertThat(actual).as(question).hasSameSizeAs(expected);
			for (int rank = 0; rank < expected.size(); rank++) {
				ScoreDoc doc = expected.get(rank);
				String id = lucene.storedFields().document(doc.doc).get(GuidanceIndex.ID);
				assertThat(actual.get(rank).entry().id()).as("%s rank %d", question, rank).isEqualTo(id);
				assertThat(actual.get(rank).score()).as("%s rank %d", question, rank).isCloseTo(doc.score, within(1e-5f));
			}
			corrected += index.plan(question).terms().stream().anyMatch(QueryTerm::corrected) ? 1 : 0;
		}
		assertThat(corrected).as("questions exercising corrected terms").isGreaterThan(0);
	}

	@Test
	void findsNothingForWordsTheKnowledgeBaseNeverUses() {
		assertThat(index.search("zzzz qqqq", EvaluationHarness.RANKS)).isEmpty();
		assertThat(index.search("", EvaluationHarness.RANKS)).isEmpty();
	}
}
