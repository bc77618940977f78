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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
	private static final float TIE_BREAKER = 0.1f;
	/**
	 * Weak length normalisation: the question field is the question plus its phrasings, so a longer one
	 * means more ways of asking, not a vaguer document.
	 */
	private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

	/** A ranked entry with its raw BM25 score and its confidence in [0,1]. */
	record Hit(KnowledgeEntry entry, float score, double confidence) {
	}

	private final KnowledgeBase kb;
	private final GuidanceAnalyzer analyzer;
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final SpellCorrector corrector;
	private final TermStatistics statistics;
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
			this.statistics = new TermStatistics(reader);
			this.corrector = new SpellCorrector(statistics.vocabulary());
			this.entriesByDoc = entriesByDoc(reader, kb);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot build the guidance index", e);
		}
		this.searcher = new IndexSearcher(reader);
		searcher.setSimilarity(SIMILARITY);
		log.info("Guidance index built: {} entries, knowledge base {}, in {} ms", kb.entries().size(), kb.version(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static Document document(KnowledgeEntry entry) {
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

	/** The best {@code limit} entries for the text, best first; empty when no term matches anything. */
	List<Hit> search(String text, int limit) {
		List<String> terms = queryTerms(text);
		if (terms.isEmpty()) {
			return List.of();
		}
		try {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			double ceiling = 0;
			for (String typed : terms) {
				Optional<String> corrected = statistics.known(typed) ? Optional.empty() : corrector.correct(typed);
				String term = corrected.orElse(typed);
				query.add(termQuery(term, corrected.isPresent() ? TYPO_WEIGHT : 1f), Occur.SHOULD);
				// The ceiling keeps the typed word: a correction is a guess, so it cannot earn full confidence.
				ceiling += statistics.ceiling(typed);
			}
			List<Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : searcher.search(query.build(), limit).scoreDocs) {
				double confidence = Math.min(1.0, doc.score / ceiling / CONFIDENCE_SCALE);
				hits.add(new Hit(entriesByDoc[doc.doc], doc.score, confidence));
			}
			return hits;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Guidance search failed", e);
		}
	}

	private static Query termQuery(String term, float weight) {
		return new DisjunctionMaxQuery(List.of(
				new BoostQuery(new TermQuery(new Term(QUESTION, term)), QUESTION_BOOST * weight),
				new BoostQuery(new TermQuery(new Term(ANSWER, term)), ANSWER_BOOST * weight)), TIE_BREAKER);
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
		analyzer.close();
	}
}
