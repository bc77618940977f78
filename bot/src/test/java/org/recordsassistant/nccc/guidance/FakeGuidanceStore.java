package org.recordsassistant.nccc.guidance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory {@link GuidanceStore} recording each call, for handler tests. */
final class FakeGuidanceStore implements GuidanceStore {
	record Feedback(String entryId, String kbVersion, boolean helpful, String question, String userKey) {
	}

	record Unanswered(String question, String kbVersion, String topEntryId, double confidence, String userKey) {
	}

	final List<Feedback> feedback = new ArrayList<>();
	final List<Unanswered> unanswered = new ArrayList<>();
	final Map<String, EscalationStatus> escalations = new LinkedHashMap<>();
	final List<String> escalatedQuestions = new ArrayList<>();
	Instant purgedBefore;

	@Override
	public void saveFeedback(String entryId, String kbVersion, boolean helpful, String question, String userKey) {
		feedback.add(new Feedback(entryId, kbVersion, helpful, question, userKey));
	}

	@Override
	public void saveUnanswered(String question, String kbVersion, String topEntryId, double confidence, String userKey) {
		unanswered.add(new Unanswered(question, kbVersion, topEntryId, confidence, userKey));
	}

	@Override
	public String openEscalation(String question, String entryId, String kbVersion, String userKey) {
		String reference = "GQ-TEST" + (escalations.size() + 1);
		escalations.put(reference, EscalationStatus.OPEN);
		escalatedQuestions.add(question);
		return reference;
	}

	@Override
	public void markEscalation(String reference, EscalationStatus status) {
		escalations.put(reference, status);
	}

	@Override
	public int purgeQuestionsBefore(Instant cutoff) {
		purgedBefore = cutoff;
		return 0;
	}
}
