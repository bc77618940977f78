package org.recordsassistant.nccc.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the knowledge-base YAML, merges an optional departmental supplement (same id = override the
 * fields it gives, new id = a new entry) and checks the result. A broken file stops start-up: an
 * assistant answering from a half-read knowledge base would be worse than none.
 */
final class KnowledgeBaseLoader {
	static final int MAX_ANSWER_WORDS = 120;
	static final int MIN_PHRASINGS = 3;
	/** nccc-facts.md §16: paragraph numbers beyond 8 are not confirmed, so no entry may cite them. */
	static final int MAX_CITABLE_PARAGRAPH = 8;
	private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern SECTION = Pattern.compile("§\\d+");
	private static final Pattern PARAGRAPH = Pattern.compile("(?i)\\bparas?\\s+(\\d+)(?:\\s*-\\s*(\\d+))?");
	private static final Pattern WORDS = Pattern.compile("\\s+");
	private static final ObjectMapper YAML = YAMLMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	/** The central file's shape. */
	record CentralFile(String version, String date, String guidanceTitle, List<KnowledgeEntry> entries) {
	}

	/** A department's supplement: its own version label and the entries it overrides or adds. */
	record SupplementFile(String version, String department, List<KnowledgeEntry> entries) {
	}

	private KnowledgeBaseLoader() {
	}

	static KnowledgeBase load(InputStream central, InputStream supplement) {
		CentralFile base = read(central, CentralFile.class);
		Map<String, KnowledgeEntry> entries = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (KnowledgeEntry entry : nonNull(base.entries())) {
			if (entry.id() == null || entries.putIfAbsent(entry.id(), entry) != null) {
				problems.add("duplicate or missing id: " + entry.id());
			}
		}
		String version = base.version();
		if (supplement != null) {
			SupplementFile department = read(supplement, SupplementFile.class);
			for (KnowledgeEntry override : nonNull(department.entries())) {
				entries.merge(override.id(), override, KnowledgeEntry::overriddenBy);
			}
			version = version + "+" + (department.version() == null ? "department" : department.version());
		}
		KnowledgeBase kb = new KnowledgeBase(version, base.date(), base.guidanceTitle(), List.copyOf(entries.values()));
		problems.addAll(problems(kb));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Knowledge base is invalid; fix the YAML: " + String.join("; ", problems));
		}
		return kb;
	}

	private static <T> T read(InputStream in, Class<T> type) {
		try (in) {
			return YAML.readValue(in, type);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Knowledge base YAML cannot be read: " + e.getMessage(), e);
		}
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

	/** Everything wrong with the merged knowledge base, by entry id; empty when it is usable. */
	static List<String> problems(KnowledgeBase kb) {
		List<String> problems = new ArrayList<>();
		if (blank(kb.version()) || blank(kb.date()) || blank(kb.guidanceTitle())) {
			problems.add("version, date and guidanceTitle are required");
		}
		Set<String> ids = new HashSet<>();
		kb.entries().forEach(entry -> ids.add(entry.id()));
		for (KnowledgeEntry entry : kb.entries()) {
			problems.addAll(problems(entry, ids));
		}
		return problems;
	}

	private static List<String> problems(KnowledgeEntry entry, Set<String> ids) {
		List<String> problems = new ArrayList<>();
		String id = entry.id();
		if (id == null || !KEBAB.matcher(id).matches()) {
			problems.add("id is not kebab-case: " + id);
		}
		if (entry.section() == null || !SECTION.matcher(entry.section()).matches()) {
			problems.add(id + ": section must look like §6");
		}
		if (blank(entry.question()) || blank(entry.answer()) || entry.source() == null || entry.status() == null
				|| entry.paragraphs() == null || entry.paragraphs().isEmpty() || entry.followUps() == null) {
			problems.add(id + ": question, answer, paragraphs, source, status and followUps are required");
			return problems;
		}
		if (entry.phrasings() == null || entry.phrasings().size() < MIN_PHRASINGS) {
			problems.add(id + ": needs at least " + MIN_PHRASINGS + " phrasings");
		}
		if (wordCount(entry.answer()) > MAX_ANSWER_WORDS) {
			problems.add(id + ": answer is longer than " + MAX_ANSWER_WORDS + " words");
		}
		for (String paragraph : entry.paragraphs()) {
			if (citesUnconfirmedParagraph(paragraph)) {
				problems.add(id + ": cites a paragraph beyond " + MAX_CITABLE_PARAGRAPH);
			}
		}
		for (String followUp : entry.followUps()) {
			if (!ids.contains(followUp) || followUp.equals(id)) {
				problems.add(id + ": follow-up does not resolve: " + followUp);
			}
		}
		return problems;
	}

	static int wordCount(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : WORDS.split(stripped).length;
	}

	static boolean citesUnconfirmedParagraph(String citation) {
		Matcher matcher = PARAGRAPH.matcher(citation);
		while (matcher.find()) {
			for (int group = 1; group <= 2; group++) {
				String number = matcher.group(group);
				if (number != null && (Integer.parseInt(number) < 1 || Integer.parseInt(number) > MAX_CITABLE_PARAGRAPH)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
