package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * Document frequencies of every indexed term in the question and answer fields, read once when the
 * index is built. The index never changes afterwards, so per-query term look-ups (is the word known,
 * how much can it score) are a hash look-up instead of four seeks in Lucene's term dictionary.
 */
final class Vocabulary {
	private static final int IN_QUESTIONS = 0;
	private static final int IN_ANSWERS = 1;

	/** Per term: {documents whose question field has it, documents whose answer field has it}. */
	private final Map<String, int[]> docFreqs;
	private final int numDocs;

	Vocabulary(DirectoryReader reader) throws IOException {
		Map<String, int[]> frequencies = new HashMap<>();
		read(reader, GuidanceIndex.QUESTION, IN_QUESTIONS, frequencies);
		read(reader, GuidanceIndex.ANSWER, IN_ANSWERS, frequencies);
		this.docFreqs = Map.copyOf(frequencies);
		this.numDocs = reader.numDocs();
	}

	private static void read(DirectoryReader reader, String field, int slot, Map<String, int[]> into) throws IOException {
		Terms terms = MultiTerms.getTerms(reader, field);
		TermsEnum iterator = terms == null ? TermsEnum.EMPTY : terms.iterator();
		while (iterator.next() != null) {
			into.computeIfAbsent(iterator.term().utf8ToString(), term -> new int[2])[slot] = iterator.docFreq();
		}
	}

	boolean known(String term) {
		return docFreqs.containsKey(term);
	}

	/**
	 * The most this term can add to a score: through the question field, or through the answer field when
	 * only answers use it (a rare, specific word like "ProtonMail"); an unknown word gets the question
	 * field's highest idf, so it weighs fully against confidence.
	 */
	double ceiling(String term) {
		int[] frequencies = docFreqs.get(term);
		int inQuestions = frequencies == null ? 0 : frequencies[IN_QUESTIONS];
		int inAnswers = frequencies == null ? 0 : frequencies[IN_ANSWERS];
		if (inQuestions == 0 && inAnswers > 0) {
			return GuidanceIndex.ANSWER_BOOST * idf(inAnswers);
		}
		return GuidanceIndex.QUESTION_BOOST * idf(inQuestions);
	}

	/** Lucene's BM25 idf; a term no document has gets the highest idf, so it weighs most in the ceiling. */
	private double idf(int docFreq) {
		return Math.log(1 + (numDocs - docFreq + 0.5) / (docFreq + 0.5));
	}

	/** Every term with its document frequency summed over both fields, sorted, for spelling correction. */
	List<Map.Entry<String, Integer>> terms() {
		Map<String, Integer> sorted = new TreeMap<>();
		docFreqs.forEach((term, frequencies) -> sorted.put(term, frequencies[IN_QUESTIONS] + frequencies[IN_ANSWERS]));
		return new ArrayList<>(sorted.entrySet());
	}
}
