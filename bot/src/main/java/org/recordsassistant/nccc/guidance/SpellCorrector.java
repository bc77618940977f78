package org.recordsassistant.nccc.guidance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrects a query term the index never saw to the closest indexed term (Damerau-Levenshtein, one edit
 * up to {@link #TWO_EDITS_LENGTH} characters, two beyond, same first letter). Correcting against our own
 * vocabulary, rather than widening every term with a fuzzy query, keeps real words exact, keeps the
 * query small, and lets a corrected typo count toward confidence at a discount instead of not at all.
 */
final class SpellCorrector {
	/** Short words are too easily "corrected" into a different real word ("build" into "built"). */
	static final int MIN_LENGTH = 5;
	static final int TWO_EDITS_LENGTH = 8;

	/** Indexed terms with their document frequency, in sorted order so ties break the same way every time. */
	private final List<Map.Entry<String, Integer>> vocabulary;

	SpellCorrector(List<Map.Entry<String, Integer>> vocabulary) {
		this.vocabulary = List.copyOf(vocabulary);
	}

	/** The closest indexed term, preferring fewer edits, then the commoner term; empty when none is close. */
	Optional<String> correct(String term) {
		if (term.length() < MIN_LENGTH) {
			return Optional.empty();
		}
		int allowed = term.length() >= TWO_EDITS_LENGTH ? 2 : 1;
		String best = null;
		int bestDistance = allowed + 1;
		int bestFrequency = -1;
		for (Map.Entry<String, Integer> candidate : vocabulary) {
			String word = candidate.getKey();
			if (word.charAt(0) != term.charAt(0) || Math.abs(word.length() - term.length()) > allowed) {
				continue;
			}
			int distance = distance(term, word);
			if (distance < bestDistance || (distance == bestDistance && candidate.getValue() > bestFrequency)) {
				best = word;
				bestDistance = distance;
				bestFrequency = candidate.getValue();
			}
		}
		return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
