package org.recordsassistant.nccc.transfer;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.teams.spi.CardAction;

import static org.assertj.core.api.Assertions.assertThat;

class NoteOfSubstanceTests {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static ObjectNode complete() {
		return JsonNodeFactory.instance.objectNode().put(NoteOfSubstance.WHO, "Tom Reed")
				.put(NoteOfSubstance.DATE, "2026-11-20").put(NoteOfSubstance.CHANNEL, "sms")
				.put(NoteOfSubstance.DECIDED, "Go with option B").put(NoteOfSubstance.WHY, "");
	}

	private static CardAction action(ObjectNode data) {
		return new CardAction(FileCommandCard.NOTE, data, true, null);
	}

	@Test
	void acceptsACompleteNoteWithoutAReason() {
		assertThat(NoteOfSubstance.problems(action(complete()), TODAY)).isEmpty();
		NoteOfSubstance note = NoteOfSubstance.from(action(complete()));
		assertThat(note.asText()).contains("Who was involved: Tom Reed").contains("When: 2026-11-20")
				.contains("Channel: SMS / text message").contains("Go with option B").contains("(not given)");
	}

	@Test
	void rejectsMissingFieldsUnknownChannelsFutureDatesAndOverlongText() {
		ObjectNode data = complete().put(NoteOfSubstance.WHO, " ").put(NoteOfSubstance.CHANNEL, "pigeon")
				.put(NoteOfSubstance.DATE, "2026-11-26").put(NoteOfSubstance.WHY, "x".repeat(2001));
		data.remove(NoteOfSubstance.DECIDED);
		assertThat(NoteOfSubstance.problems(action(data), TODAY)).containsExactly("Say who was involved.",
				"Say what was decided or agreed.", "'Why' is longer than 2000 characters.", "Choose the channel used.",
				"The date is in the future.");
		assertThat(NoteOfSubstance.problems(action(complete().put(NoteOfSubstance.DATE, "20/11/2026")), TODAY))
				.containsExactly("Give the date it happened.");
	}
}
