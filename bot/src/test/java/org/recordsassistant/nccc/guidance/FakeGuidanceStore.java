package org.recordsassistant.nccc.guidance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
	final Map<String, EscalationTicket> tickets = new LinkedHashMap<>();
	final List<TeamAnswer> suggestions = new ArrayList<>();
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
	public String openEscalation(String question, String entryId, String kbVersion, String userKey, String askerName) {
		String reference = "GQ-TEST" + (escalations.size() + 1);
		escalations.put(reference, EscalationStatus.OPEN);
		escalatedQuestions.add(question);
		tickets.put(reference, new EscalationTicket(reference, question, entryId, kbVersion, userKey, askerName,
				EscalationStatus.OPEN, null, null, null, null));
		return reference;
	}

	@Override
	public void markEscalation(String reference, EscalationStatus status) {
		escalations.put(reference, status);
		EscalationTicket t = tickets.get(reference);
		tickets.put(reference, new EscalationTicket(t.reference(), t.question(), t.entryId(), t.kbVersion(), t.userKey(),
				t.askerName(), status, t.answeredBy(), t.answeredByName(), t.answeredAt(), t.answer()));
	}

	@Override
	public Optional<EscalationTicket> findEscalation(String reference) {
		return Optional.ofNullable(tickets.get(reference));
	}

	@Override
	public boolean recordAnswer(TeamAnswer answer, boolean suggest) {
		EscalationTicket t = tickets.get(answer.reference());
		if (t == null || t.answered()) {
			return false;
		}
		tickets.put(t.reference(), new EscalationTicket(t.reference(), t.question(), t.entryId(), t.kbVersion(),
				t.userKey(), t.askerName(), EscalationStatus.ANSWERED, answer.userKey(), answer.name(), answer.at(),
				answer.answer()));
		escalations.put(t.reference(), EscalationStatus.ANSWERED);
		if (suggest) {
			suggestions.add(answer);
		}
		return true;
	}

	@Override
	public void withdrawAnswer(String reference) {
		suggestions.removeIf(answer -> answer.reference().equals(reference));
		EscalationTicket t = tickets.get(reference);
		tickets.put(reference, new EscalationTicket(t.reference(), t.question(), t.entryId(), t.kbVersion(), t.userKey(),
				t.askerName(), EscalationStatus.SENT, null, null, null, null));
		escalations.put(reference, EscalationStatus.SENT);
	}

	@Override
	public int purgeQuestionsBefore(Instant cutoff) {
		purgedBefore = cutoff;
		return 0;
	}
}
