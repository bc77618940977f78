package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.calendar.WorkingDays;

/**
 * The declaration rules, shared by the card and the step-by-step dialog so both accept exactly the
 * same declarations. Messages name the field and what to do; they never echo what the user typed.
 */
final class DeclarationValidator {
	/** "Today" is the UK's today, whatever zone the server runs in. */
	static final ZoneId LONDON = WorkingDays.LONDON;
	static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

	private final Map<String, String> businessAreas;
	private final Clock clock;

	DeclarationValidator(Map<String, String> businessAreas, Clock clock) {
		this.businessAreas = businessAreas;
		this.clock = clock;
	}

	/** The outcome: the values as text (for re-showing, over-long text cut to its limit) and any errors by field id. */
	record Result(Map<String, String> values, Map<String, String> errors, DeclarationForm form) {
		boolean valid() {
			return errors.isEmpty();
		}

		boolean secret() {
			return Field.SECRET.equals(values.get(Field.CLASSIFICATION.id)) && !errors.containsKey(Field.CLASSIFICATION.id);
		}
	}

	Result validate(ObjectNode data) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Field field : Field.values()) {
			JsonNode node = data.get(field.id);
			if (node == null || node.isNull()) {
				continue;
			}
			if (node.isTextual() || (field.kind == Field.Kind.TOGGLE && node.isBoolean())) {
				String text = node.asText().strip();
				if (text.length() > field.maxLength && field.kind != Field.Kind.TEXT) {
					// An option key or date this long is simply not one; don't keep it for the re-sent card.
					errors.put(field.id, malformed(field));
					continue;
				}
				if (text.length() > field.maxLength) {
					errors.put(field.id, field.label + " is too long: at most " + field.maxLength + " characters. "
							+ "I kept the first " + field.maxLength + "; please check it.");
					text = text.substring(0, field.maxLength);
				}
				if (!text.isEmpty()) {
					values.put(field.id, text);
				}
			} else {
				errors.put(field.id, field.label + " arrived as " + describe(node) + ", not text. Please fill it in again.");
			}
		}
		if (Field.SECRET.equals(values.get(Field.CLASSIFICATION.id))) {
			// Only the business area matters for a SECRET report: everything else is discarded unread.
			Map<String, String> secretErrors = new LinkedHashMap<>();
			check(Field.BUSINESS_AREA, values, errors, secretErrors);
			return new Result(values, secretErrors, null);
		}
		for (Field field : Field.values()) {
			check(field, values, errors, errors);
		}
		return new Result(values, errors, errors.isEmpty() ? form(values) : null);
	}

	private void check(Field field, Map<String, String> values, Map<String, String> typeErrors, Map<String, String> into) {
		if (typeErrors.containsKey(field.id)) {
			into.putIfAbsent(field.id, typeErrors.get(field.id));
			return;
		}
		String message = check(field, values);
		if (message != null) {
			into.put(field.id, message);
		}
	}

	/**
	 * One field's rule given the answers so far; null when it is fine. The dialog asks fields in card
	 * order, so every rule here looks only at fields asked earlier.
	 */
	String check(Field field, Map<String, String> values) {
		String value = values.get(field.id);
		if (value == null || value.isEmpty()) {
			return required(field, values) ? field.label + " is required." : null;
		}
		if (value.length() > field.maxLength) {
			return malformed(field);
		}
		return switch (field.kind) {
			case CHOICE -> field.options(businessAreas).containsKey(value) ? null : malformed(field);
			case TOGGLE -> Field.TRUE.equals(value) || Field.FALSE.equals(value) ? null : malformed(field);
			case DATE -> checkDate(field, value, values);
			case TEXT -> null;
		};
	}

	/** The message for a value that is not an option, a yes/no or a date at all. */
	static String malformed(Field field) {
		return switch (field.kind) {
			case CHOICE -> field == Field.BUSINESS_AREA ? "Choose one of the listed business areas."
					: "Choose one of the options for " + field.label + ".";
			case TOGGLE -> field.label + " must be yes (true) or no (false).";
			case DATE -> field.label + " must be a real date written yyyy-mm-dd, for example 2026-03-31.";
			case TEXT -> field.label + " is too long: at most " + field.maxLength + " characters.";
		};
	}

	boolean required(Field field, Map<String, String> values) {
		if (field == Field.CHANNEL_OTHER) {
			return Field.OTHER.equals(values.get(Field.CHANNEL.id));
		}
		if (field == Field.REASON) {
			String significant = values.get(Field.SIGNIFICANT.id);
			return Field.PERSONAL.equals(values.get(Field.DEVICE.id)) && significant != null
					&& !Field.LOGISTICAL.equals(significant);
		}
		return field.required;
	}

	private String checkDate(Field field, String value, Map<String, String> values) {
		LocalDate date = parseDate(value);
		if (date == null) {
			return malformed(field);
		}
		if (date.isAfter(LocalDate.ofInstant(clock.instant(), LONDON))) {
			return field.label + " can't be in the future.";
		}
		if (field == Field.DATE_TO) {
			LocalDate from = parseDate(values.get(Field.DATE_FROM.id));
			if (from != null && date.isBefore(from)) {
				return "Date to can't be before date from.";
			}
		}
		return null;
	}

	static LocalDate parseDate(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, ISO_DATE);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static DeclarationForm form(Map<String, String> v) {
		// The other-channel name only means something when the channel is "other".
		String channelOther = Field.OTHER.equals(v.get(Field.CHANNEL.id)) ? v.get(Field.CHANNEL_OTHER.id) : null;
		return new DeclarationForm(v.get(Field.CHANNEL.id), channelOther, v.get(Field.ACCOUNT.id),
				v.get(Field.DEVICE.id), parseDate(v.get(Field.DATE_FROM.id)), parseDate(v.get(Field.DATE_TO.id)),
				v.get(Field.COUNTERPARTIES.id), Field.TRUE.equals(v.get(Field.EXTERNAL.id)), v.get(Field.BUSINESS_AREA.id),
				v.get(Field.SUBJECT.id), v.get(Field.SIGNIFICANT.id), v.get(Field.CLASSIFICATION.id),
				v.get(Field.PERSONAL_DATA.id), v.get(Field.REASON.id), Field.TRUE.equals(v.get(Field.DISAPPEARING.id)),
				v.get(Field.TRANSFERRED.id), Field.TRUE.equals(v.get(Field.HOLDS.id)));
	}

	private static String describe(JsonNode node) {
		if (node.isNumber()) {
			return "a number";
		}
		if (node.isArray()) {
			return "a list";
		}
		if (node.isBoolean()) {
			return "true/false";
		}
		return "an object";
	}
}
