package org.recordsassistant.nccc.guidance;

import java.util.List;
import java.util.Optional;

/**
 * The loaded, validated knowledge base: the central file with any departmental supplement merged in.
 * Immutable, so the search index and the cards can share it across threads.
 *
 * @param version what feedback rows and citation lines record, e.g. {@code 2026.11.1+dept-1}
 * @param date when this version was written
 * @param guidanceTitle the Cabinet Office guidance's title
 * @param entries in file order
 */
record KnowledgeBase(String version, String date, String guidanceTitle, List<KnowledgeEntry> entries) {

	KnowledgeBase {
		entries = List.copyOf(entries);
	}

	Optional<KnowledgeEntry> find(String id) {
		return entries.stream().filter(entry -> entry.id().equals(id)).findFirst();
	}
}
