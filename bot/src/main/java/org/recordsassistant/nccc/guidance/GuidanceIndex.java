package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BM25 search over the knowledge base, in memory. The question and its phrasings are weighted above
 * the answer text, because staff ask in the words of questions, not of answers. Each hit carries a
 * confidence: its score divided by the best score the query's terms could reach, so a query full of
 * words the knowledge base never uses ("payroll", "printer") cannot look confident however it ranks.
 */
final class GuidanceIndex implements AutoCloseable {
	private static final Logger log = LoggerFactory.getLogger(GuidanceIndex.class);
	static final String ID = "id";
	static final String QUESTION = "question";
	static final String ANSWER = "answer";
	static final float QUESTION_BOOST = 2.0f;
	static final float ANSWER_BOOST = 0.6f;
	/** A corrected typo counts for less than the word typed right. */
	static final float TYPO_WEIGHT = 0.8f;
	/** Long messages are cut before analysis, and the terms capped, so no query can exhaust clause limits. */
	static final int MAX_QUERY_CHARS = 500;
	static final int MAX_QUERY_TERMS = 40;
	/** A single exact occurrence in a question reaches about half the BM25 ceiling; this maps it near 1. */
	static final double CONFIDENCE_SCALE = 0.55;
	static final float TIE_BREAKER = 0.1f;
	/**
	 * Weak length normalisation: the question field is the question plus its phrasings, so a longer one
	 * means more ways of asking, not a vaguer document.
	 */
	static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

	/** A ranked entry with its raw BM25 score and its confidence in [0,1]. */
	record Hit(KnowledgeEntry entry, float score, double confidence) {
	}

	private final KnowledgeBase kb;
	private final GuidanceAnalyzer analyzer;
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private final DirectoryReader reader;
	private final SpellCorrector corrector;
	private final Vocabulary vocabulary;
	private final ScoreTable scores;
	/** Entry by Lucene doc id, read once: decoding stored fields on every hit cost more than the search. */
	private final KnowledgeEntry[] entriesByDoc;

	GuidanceIndex(KnowledgeBase kb, GuidanceAnalyzer analyzer) {
		long started = System.nanoTime();
		this.kb = kb;
		this.analyzer = analyzer;
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(SIMILARITY))) {
			for (KnowledgeEntry entry : kb.entries()) {
				writer.addDocument(document(entry));
			}
			writer.commit();
			this.reader = DirectoryReader.open(directory);
			this.vocabulary = new Vocabulary(reader);
			this.corrector = new SpellCorrector(vocabulary.terms());
			this.entriesByDoc = entriesByDoc(reader, kb);
			this.scores = new ScoreTable(reader, SIMILARITY, new String[] { QUESTION, ANSWER },
					new float[] { QUESTION_BOOST, ANSWER_BOOST }, TYPO_WEIGHT, TIE_BREAKER);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot build the guidance index", e);
		}
		log.info("Guidance index built: {} entries, knowledge base {}, in {} ms", kb.entries().size(), kb.version(),
				(System.nanoTime() - started) / 1_000_000);
	}

	static Document document(KnowledgeEntry entry) {
		Document doc = new Document();
		doc.add(new StringField(ID, entry.id(), Field.Store.YES));
		doc.add(new TextField(QUESTION, entry.question(), Field.Store.NO));
		entry.phrasings().forEach(phrasing -> doc.add(new TextField(QUESTION, phrasing, Field.Store.NO)));
		doc.add(new TextField(ANSWER, entry.answer(), Field.Store.NO));
		return doc;
	}

	private static KnowledgeEntry[] entriesByDoc(DirectoryReader reader, KnowledgeBase kb) throws IOException {
		KnowledgeEntry[] entries = new KnowledgeEntry[reader.maxDoc()];
		StoredFields stored = reader.storedFields();
		for (int doc = 0; doc < entries.length; doc++) {
			String id = stored.document(doc).get(ID);
			entries[doc] = kb.find(id).orElseThrow(() -> new IllegalStateException("Indexed entry missing: " + id));
		}
		return entries;
	}

	KnowledgeBase knowledgeBase() {
		return kb;
	}

	/** The analysed terms a query is searched with, after truncation. */
	List<String> queryTerms(String text) {
		String cut = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
		List<String> terms = analyzer.terms(cut);
		return terms.size() > MAX_QUERY_TERMS ? terms.subList(0, MAX_QUERY_TERMS) : terms;
	}

	/** A term to search for; {@code corrected} when it replaced a typo, which counts for less. */
	record QueryTerm(String term, boolean corrected) {
	}

	/**
	 * What a text is searched with: its analysed terms, typos corrected, and the ceiling, the most those
	 * words could score. The ceiling keeps the typed word: a correction is a guess, so it cannot earn full
	 * confidence.
	 */
	record Plan(List<QueryTerm> terms, double ceiling) {
	}

	Plan plan(String text) {
		List<QueryTerm> terms = new ArrayList<>();
		double ceiling = 0;
		for (String typed : queryTerms(text)) {
			Optional<String> corrected = vocabulary.known(typed) ? Optional.empty() : corrector.correct(typed);
			terms.add(new QueryTerm(corrected.orElse(typed), corrected.isPresent()));
			ceiling += vocabulary.ceiling(typed);
		}
		return new Plan(terms, ceiling);
	}

	/** The best {@code limit} entries for the text, best first; empty when no term matches anything. */
	List<Hit> search(String text, int limit) {
		Plan plan = plan(text);
		double[] totals = new double[scores.maxDoc()];
		for (QueryTerm term : plan.terms()) {
			scores.add(term.term(), term.corrected(), totals);
		}
		List<Hit> hits = new ArrayList<>(limit);
		boolean[] taken = new boolean[totals.length];
		while (hits.size() < limit) {
			int best = -1;
			for (int doc = 0; doc < totals.length; doc++) {
				// Strictly greater: on a tie the lower doc id ranks first, as in Lucene.
				if (!taken[doc] && totals[doc] > 0 && (best < 0 || (float) totals[doc] > (float) totals[best])) {
					best = doc;
				}
			}
			if (best < 0) {
				break;
			}
			taken[best] = true;
			float score = (float) totals[best];
			hits.add(new Hit(entriesByDoc[best], score, Math.min(1.0, score / plan.ceiling() / CONFIDENCE_SCALE)));
		}
		return hits;
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
		analyzer.close();
	}
}
