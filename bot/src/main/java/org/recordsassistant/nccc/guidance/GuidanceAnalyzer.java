package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text analysis for guidance search, the same at index and query time: standard tokens, possessives
 * off, lower case, accents folded, domain synonyms (before stop words, so "whats app" and "get off" are
 * still whole), stop words (including question words, which every entry shares), then Porter stems.
 * The synonym graph is flattened because matching is bag-of-words, not phrases.
 */
final class GuidanceAnalyzer extends Analyzer {
	static final String SYNONYMS = "/guidance/synonyms.txt";
	/** Words that carry no topic: English stop words plus how people frame a question to a bot. */
	static final CharArraySet STOP_WORDS = stopWords();

	private final SynonymMap synonyms;

	GuidanceAnalyzer() {
		this.synonyms = loadSynonyms();
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = surfaceForms(tokenizer);
		stream = new SynonymGraphFilter(stream, synonyms, true);
		stream = new FlattenGraphFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	private static TokenStream surfaceForms(Tokenizer tokenizer) {
		TokenStream stream = new EnglishPossessiveFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		return new ASCIIFoldingFilter(stream);
	}

	/** The analysed terms of {@code text} in order, duplicates removed. */
	List<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			// Reading from a String cannot fail; keep the signature honest anyway.
			throw new UncheckedIOException(e);
		}
		return new ArrayList<>(terms);
	}

	private static SynonymMap loadSynonyms() {
		// Rules are parsed with the surface-form chain only, so "whats app" stays two words to match.
		Analyzer ruleAnalyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, surfaceForms(tokenizer));
			}
		};
		try (InputStream in = GuidanceAnalyzer.class.getResourceAsStream(SYNONYMS);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
			parser.parse(reader);
			return parser.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + SYNONYMS, e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("Bad synonym rule in " + SYNONYMS + " at line " + e.getErrorOffset(), e);
		}
		finally {
			ruleAnalyzer.close();
		}
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		words.addAll(List.of("what", "whats", "how", "when", "where", "who", "whom", "which", "can", "could",
				"should", "would", "shall", "may", "might", "must", "do", "does", "did", "doing", "done", "i", "im",
				"i'm", "me", "my", "mine", "myself", "we", "our", "us", "you", "your", "have", "has", "had", "am",
				"about", "any", "all", "some", "need", "needs", "want", "please", "tell", "know", "get", "got",
				"here", "so", "just", "also", "from", "up", "out", "over", "than", "too", "very", "s", "t", "ok",
				"okay", "thing", "things", "stuff", "someone", "anyone", "bit", "lot", "really", "its",
				"it's", "u", "r", "pls", "plz", "hey", "hi", "hello", "thanks", "able", "supposed", "meant", "even", "somewhere", "actually", "them", "him",
				"her", "he", "she", "his", "been", "being", "were", "one", "same", "now", "still", "ever", "else",
				"other", "mean", "means", "say", "says", "said", "guidance", "many", "getting", "gets", "onto", "vs", "versus"));
		return CharArraySet.unmodifiableSet(words);
	}
}
