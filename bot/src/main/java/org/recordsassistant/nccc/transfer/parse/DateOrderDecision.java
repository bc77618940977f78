package org.recordsassistant.nccc.transfer.parse;

import java.util.Locale;
import java.util.Objects;

/**
 * The date order used for a whole file, and why.
 *
 * @param order the order applied to every line (a line that is only valid the other way round is read that way
 *     and counted as a conflict)
 * @param ambiguous true when no line in the file settled the order and the locale decided it: the caller should
 *     show the reading to the user
 * @param basis how it was decided
 * @param evidenceLine the 1-based line that settled it, or 0 when no single line did
 * @param localeTag the locale used as tie-breaker (BCP 47)
 */
public record DateOrderDecision(DateOrder order, boolean ambiguous, DateOrderBasis basis, long evidenceLine,
		String localeTag) {

	public DateOrderDecision {
		Objects.requireNonNull(order, "order");
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(localeTag, "localeTag");
	}

	static DateOrderDecision fromLocale(DateOrder order, Locale locale) {
		return new DateOrderDecision(order, true, DateOrderBasis.LOCALE, 0, locale.toLanguageTag());
	}
}
