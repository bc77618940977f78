package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * Every BM25 score a query term can contribute to every entry, computed once with Lucene's own
 * similarity when the index is built. The knowledge base is small and never changes while running, so
 * a query becomes a few array additions instead of a Lucene search, whose fixed cost per query (weights,
 * term-dictionary seeks, per-scorer caches) was most of a guidance turn's server time under load.
 * Scores equal those of the Lucene query they replace: per term, a disjunction-max of the question
 * field (boosted) and the answer field, summed over terms (ScoreTableTests compares the two).
 */
final class ScoreTable {
	private static final int FIELDS = 2;
	private static final int EXACT = 0;
	private static final int CORRECTED = 1;

	/** Per term: [field][exact or corrected][doc] score, or null where the field never has the term. */
	private final Map<String, float[][][]> scores;
	private final int maxDoc;
	private final float tieBreaker;

	/**
	 * @param fields the fields in the order of {@code boosts}
	 * @param boosts each field's boost for an exactly typed term
	 * @param correctedWeight the factor on the boosts for a spelling-corrected term
	 */
	ScoreTable(DirectoryReader reader, Similarity similarity, String[] fields, float[] boosts, float correctedWeight,
			float tieBreaker) throws IOException {
		this.maxDoc = reader.maxDoc();
		this.tieBreaker = tieBreaker;
		IndexSearcher searcher = new IndexSearcher(reader);
		Map<String, float[][][]> table = new HashMap<>();
		for (int field = 0; field < FIELDS; field++) {
			CollectionStatistics collection = searcher.collectionStatistics(fields[field]);
			Terms terms = MultiTerms.getTerms(reader, fields[field]);
			if (collection == null || terms == null) {
				continue;
			}
			long[] norms = norms(reader, fields[field]);
			TermsEnum iterator = terms.iterator();
			while (iterator.next() != null) {
				Term term = new Term(fields[field], iterator.term());
				var statistics = searcher.termStatistics(term, iterator.docFreq(), iterator.totalTermFreq());
				// The boost products are computed in float exactly as the Lucene query computed them.
				SimScorer exact = similarity.scorer(boosts[field], collection, statistics);
				SimScorer corrected = similarity.scorer(boosts[field] * correctedWeight, collection, statistics);
				float[][] byDoc = new float[][] { new float[maxDoc], new float[maxDoc] };
				for (LeafReaderContext leaf : reader.leaves()) {
					PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.FREQS);
					if (postings == null) {
						continue;
					}
					for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
						int global = leaf.docBase + doc;
						byDoc[EXACT][global] = exact.score(postings.freq(), norms[global]);
						byDoc[CORRECTED][global] = corrected.score(postings.freq(), norms[global]);
					}
				}
				table.computeIfAbsent(term.text(), text -> new float[FIELDS][][])[field] = byDoc;
			}
		}
		this.scores = Map.copyOf(table);
	}

	private static long[] norms(DirectoryReader reader, String field) throws IOException {
		long[] norms = new long[reader.maxDoc()];
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues values = leaf.reader().getNormValues(field);
			if (values == null) {
				continue;
			}
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				norms[leaf.docBase + doc] = values.longValue();
			}
		}
		return norms;
	}

	int maxDoc() {
		return maxDoc;
	}

	/**
	 * Adds one query term's score to every entry's total, as Lucene's disjunction-max query did: the best
	 * field's score plus the tie-breaker times the others.
	 */
	void add(String term, boolean corrected, double[] totals) {
		float[][][] byField = scores.get(term);
		if (byField == null) {
			return;
		}
		int variant = corrected ? CORRECTED : EXACT;
		for (int doc = 0; doc < maxDoc; doc++) {
			float max = 0;
			double others = 0;
			for (float[][] field : byField) {
				float score = field == null ? 0 : field[variant][doc];
				if (score >= max) {
					others += max;
					max = score;
				}
				else {
					others += score;
				}
			}
			if (max > 0) {
				totals[doc] += (float) (max + others * tieBreaker);
			}
		}
	}
}
