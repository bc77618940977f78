package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.spi.Cards;

/**
 * The declaration card: every contract input with its label, required marker, help text and, after a
 * failed submit, the user's values and a red message under each field that needs fixing.
 */
final class DeclarationCard {
	static final String SUBMISSION_ID = "submissionId";
	static final String REFERENCE = "reference";
	/** Adaptive Card colour for problems: red in Teams' themes. */
	static final String ATTENTION = "Attention";

	private final Map<String, String> businessAreas;
	private final Clock clock;

	DeclarationCard(Map<String, String> businessAreas, Clock clock) {
		this.businessAreas = businessAreas;
		this.clock = clock;
	}

	/** A blank card with the defaults: date to today, OFFICIAL, no personal data, toggles off. */
	ObjectNode blank() {
		Map<String, String> defaults = Map.of(Field.DATE_TO.id, today().toString(), Field.CLASSIFICATION.id, Field.OFFICIAL,
				Field.PERSONAL_DATA.id, Field.NONE, Field.EXTERNAL.id, Field.FALSE, Field.DISAPPEARING.id, Field.FALSE,
				Field.HOLDS.id, Field.FALSE);
		return build(defaults, Map.of(), DeclarationTurnHandler.SUBMIT, null);
	}

	/** The card again with what the user sent and a message under each bad field; same submission id. */
	ObjectNode withErrors(String verb, String reference, String submissionId, Map<String, String> values,
			Map<String, String> errors) {
		return build(values, errors, verb, reference, submissionId);
	}

	/** The user's declaration pre-filled, to amend it: its submit creates the next version. */
	ObjectNode amend(String reference, DeclarationForm current) {
		return build(current.values(), Map.of(), DeclarationTurnHandler.AMEND, reference);
	}

	private ObjectNode build(Map<String, String> values, Map<String, String> errors, String verb, String reference) {
		// A fresh id per card instance: clicking the same card twice must not store the declaration twice.
		return build(values, errors, verb, reference, UUID.randomUUID().toString());
	}

	private ObjectNode build(Map<String, String> values, Map<String, String> errors, String verb, String reference,
			String submissionId) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading(reference == null ? "Declare use of a non-corporate channel"
				: "Amend " + reference));
		body.add(Cards.subtle("Tell us which channel you used for government business, and why. Your name and "
				+ "account come from Teams. Don't paste the messages here: you can file them afterwards."));
		if (!errors.isEmpty()) {
			body.add(Cards.text(errors.size() == 1 ? "Please fix the field marked below." :
					"Please fix the " + errors.size() + " fields marked below.").put("color", ATTENTION)
					.put("weight", "Bolder"));
		}
		for (Field field : Field.values()) {
			body.add(input(field, values.get(field.id)));
			body.add(Cards.subtle(field.help));
			if (errors.containsKey(field.id)) {
				body.add(Cards.text(errors.get(field.id)).put("color", ATTENTION).put("size", "Small"));
			}
		}
		ObjectNode data = Cards.data().put(SUBMISSION_ID, submissionId);
		if (reference != null) {
			data.put(REFERENCE, reference);
		}
		Cards.actions(card).add(Cards.execute(reference == null ? "Submit declaration" : "Save amendment", verb, data));
		return card;
	}

	private ObjectNode input(Field field, String value) {
		ObjectNode input = Cards.data();
		input.put("id", field.id);
		input.put("label", field.label);
		switch (field.kind) {
			case CHOICE -> {
				input.put("type", "Input.ChoiceSet").put("style", "compact");
				ArrayNode choices = input.putArray("choices");
				field.options(businessAreas).forEach((key, label) -> choices.addObject().put("title", label).put("value", key));
			}
			case DATE -> input.put("type", "Input.Date").put("max", today().toString());
			case TOGGLE -> input.put("type", "Input.Toggle").put("title", "Yes").put("valueOn", Field.TRUE)
					.put("valueOff", Field.FALSE);
			case TEXT -> input.put("type", "Input.Text").put("maxLength", field.maxLength)
					.put("isMultiline", field.maxLength > 100);
		}
		if (value != null) {
			input.put("value", value);
		}
		if (field.required) {
			input.put("isRequired", true);
			input.put("errorMessage", field.label + " is required.");
		}
		return input;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), DeclarationValidator.LONDON);
	}
}
