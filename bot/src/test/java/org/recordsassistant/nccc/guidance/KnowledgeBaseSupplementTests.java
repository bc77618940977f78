package org.recordsassistant.nccc.guidance;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.guidance.KnowledgeEntry.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.recordsassistant.nccc.guidance.KnowledgeBaseTests.CENTRAL;
import static org.recordsassistant.nccc.guidance.KnowledgeBaseTests.central;
import static org.recordsassistant.nccc.guidance.KnowledgeBaseTests.resource;
import static org.recordsassistant.nccc.guidance.KnowledgeBaseTests.withSupplement;

/** The departmental supplement: overrides by id, additions, and what it may not break. */
class KnowledgeBaseSupplementTests {
	private final KnowledgeBase kb = withSupplement();

	@Test
	void overridesTheTransferDeadlineWithTheDepartmentsRule() {
		KnowledgeEntry deadline = kb.find("transfer-deadline").orElseThrow();
		assertThat(deadline.answer()).contains("10 working days");
		assertThat(deadline.question()).isEqualTo(central().find("transfer-deadline").orElseThrow().question());
		assertThat(deadline.status()).isEqualTo(Status.DEPARTMENTAL);
	}

	@Test
	void addsTheDepartmentsOwnEntries() {
		assertThat(kb.find("records-library-location")).isPresent();
		assertThat(kb.entries()).hasSize(central().entries().size() + 1);
	}

	@Test
	void versionNamesTheSupplement() {
		assertThat(kb.version()).isEqualTo(central().version() + "+dept-test-1");
	}

	@Test
	void rejectsANewEntryThatIsIncomplete() {
		String broken = "version: x\nentries:\n  - id: only-an-answer\n    answer: hello\n";
		assertThatIllegalStateException().isThrownBy(() -> KnowledgeBaseLoader.load(resource(CENTRAL), yaml(broken)))
				.withMessageContaining("only-an-answer");
	}

	@Test
	void rejectsAFollowUpToAMissingEntry() {
		String broken = "entries:\n  - id: leavers\n    followUps: [no-such-entry]\n";
		assertThatIllegalStateException().isThrownBy(() -> KnowledgeBaseLoader.load(resource(CENTRAL), yaml(broken)))
				.withMessageContaining("no-such-entry");
	}

	private static InputStream yaml(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
