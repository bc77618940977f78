package org.recordsassistant.nccc.guidance;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.KnowledgeEntry.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KnowledgeBaseTests {
	static final String CENTRAL = "/guidance/knowledge-base.yaml";
	static final String SUPPLEMENT = "/guidance/department-supplement.yaml";
	private static final String FILE_OFFER = "to me here and i will file";

	static KnowledgeBase central() {
		return KnowledgeBaseLoader.load(resource(CENTRAL), null);
	}

	static KnowledgeBase withSupplement() {
		return KnowledgeBaseLoader.load(resource(CENTRAL), resource(SUPPLEMENT));
	}

	static InputStream resource(String path) {
		return KnowledgeBaseTests.class.getResourceAsStream(path);
	}

	private final KnowledgeBase kb = central();

	@Test
	void hasVersionDateTitleAndAtLeastSixtyEntries() {
		assertThat(kb.version()).matches("\\d{4}\\.\\d+\\.\\d+");
		assertThat(kb.date()).isNotBlank();
		assertThat(kb.guidanceTitle()).startsWith("Using non-corporate communication channels");
		assertThat(kb.entries()).hasSizeGreaterThanOrEqualTo(60);
	}

	@Test
	void coversEveryFactsSectionOneToTwelveAndSixteen() {
		Set<String> required = IntStream.rangeClosed(1, 12).mapToObj(n -> "§" + n).collect(Collectors.toSet());
		required.add("§16");
		Set<String> covered = kb.entries().stream().map(KnowledgeEntry::section).collect(Collectors.toCollection(TreeSet::new));
		assertThat(covered).containsAll(required);
	}

	@Test
	void passesEveryLoaderRule() {
		assertThat(KnowledgeBaseLoader.problems(kb)).isEmpty();
		assertThat(kb.entries()).allSatisfy(entry -> {
			assertThat(KnowledgeBaseLoader.wordCount(entry.answer())).isLessThanOrEqualTo(120);
			assertThat(entry.phrasings()).hasSizeGreaterThanOrEqualTo(3);
		});
	}

	@Test
	void reportedAnswersSayTheyAreReported() {
		assertThat(kb.entries()).filteredOn(entry -> entry.status() == Status.REPORTED)
				.isNotEmpty()
				.allSatisfy(entry -> assertThat(entry.answer().toLowerCase()).contains("report"));
	}

	@Test
	void answersTheGuidanceDoesNotGivePointToTheDepartmentOrRecordsTeam() {
		assertThat(kb.entries()).filteredOn(entry -> entry.status() == Status.NOT_IN_GUIDANCE)
				.isNotEmpty()
				.allSatisfy(entry -> assertThat(entry.answer().toLowerCase())
						.containsAnyOf("department", "records team", "gov.uk"));
	}

	@Test
	void transferDeadlineStatesNoNumberOfDays() {
		String answer = kb.find("transfer-deadline").orElseThrow().answer();
		assertThat(answer).contains("sets no number of days").containsIgnoringCase("records team")
				.doesNotContainPattern("\\d+\\s*(working )?days");
	}

	@Test
	void exportGuidesEndByOfferingToFileTheResult() {
		for (String id : new String[] {"export-whatsapp-iphone", "export-whatsapp-android", "export-signal",
				"export-sms", "export-private-email"}) {
			String answer = kb.find(id).orElseThrow().answer().toLowerCase();
			assertThat(answer).as(id).contains(FILE_OFFER).contains("1.").contains("2.");
		}
	}

	@Test
	void neverCitesAParagraphBeyondEight() {
		assertThat(kb.entries()).allSatisfy(entry -> assertThat(entry.paragraphs())
				.noneMatch(KnowledgeBaseLoader::citesUnconfirmedParagraph));
		assertThat(KnowledgeBaseLoader.citesUnconfirmedParagraph("para 9")).isTrue();
		assertThat(KnowledgeBaseLoader.citesUnconfirmedParagraph("paras 4-7")).isFalse();
	}

	@Test
	void rejectsDuplicateIds() {
		String entry = "  - {id: same, section: \"§1\", question: q, phrasings: [a, b, c], answer: a,"
				+ " paragraphs: [para 1], source: ico, status: confirmed, followUps: []}\n";
		String file = "version: \"1\"\ndate: d\nguidanceTitle: t\nentries:\n" + entry + entry;
		assertThatIllegalStateException().isThrownBy(() -> KnowledgeBaseLoader.load(yaml(file), null))
				.withMessageContaining("duplicate");
	}

	private static InputStream yaml(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
