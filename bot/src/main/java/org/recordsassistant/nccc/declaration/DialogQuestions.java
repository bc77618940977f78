package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The step-by-step wording: one question per field, the replies to suggest, and reading typed answers. */
final class DialogQuestions {
	static final String BACK = "back";
	static final String SKIP = "skip";
	static final String CANCEL = "cancel";
	static final String SUBMIT = "submit";
	private static final String TODAY = "today";
	private static final String YESTERDAY = "yesterday";
	private static final List<String> YES = List.of("yes", "y", "true");
	private static final List<String> NO = List.of("no", "n", "false");

	private final Map<String, String> businessAreas;
	private final Clock clock;

	DialogQuestions(Map<String, String> businessAreas, Clock clock) {
		this.businessAreas = businessAreas;
		this.clock = clock;
	}

	static String question(Field field) {
		return switch (field) {
			case CHANNEL -> "Which channel did you use?";
			case CHANNEL_OTHER -> "What was the other channel called?";
			case ACCOUNT -> "Was it a work account or a personal one?";
			case DEVICE -> "Was the device work-issued or your own?";
			case DATE_FROM -> "Date of the first message? (yyyy-mm-dd)";
			case DATE_TO -> "Date of the last message? (yyyy-mm-dd)";
			case COUNTERPARTIES -> "Who was involved? Names or roles, and the group name for a group chat.";
			case EXTERNAL -> "Was anyone outside government involved?";
			case BUSINESS_AREA -> "Which business area was it for?";
			case SUBJECT -> "In a line, what was it about? (Not the messages themselves.)";
			case SIGNIFICANT -> "What kind of information was it?";
			case CLASSIFICATION -> "What was the highest classification?";
			case PERSONAL_DATA -> "Was any personal data involved?";
			case REASON -> "Why wasn't a corporate channel used?";
			case DISAPPEARING -> "Were disappearing messages on?";
			case TRANSFERRED -> "Have the messages been moved into a corporate system?";
			case HOLDS -> "Does this relate to an open FOI request, SAR, inquiry or litigation?";
		};
	}

	List<String> suggestions(Field field, boolean optional, boolean first) {
		List<String> replies = new ArrayList<>();
		switch (field.kind) {
			case CHOICE -> replies.addAll(field.options(businessAreas).values());
			case TOGGLE -> replies.addAll(List.of("Yes", "No"));
			case DATE -> replies.addAll(List.of("Today", "Yesterday"));
			case TEXT -> {
			}
		}
		if (optional) {
			replies.add("Skip");
		}
		if (!first) {
			replies.add("Back");
		}
		replies.add("Cancel");
		return replies;
	}

	/** The typed answer as the card would send it, or null when it matches no option. */
	String read(Field field, String typed) {
		String text = typed.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		return switch (field.kind) {
			case CHOICE -> choice(field.options(businessAreas), lower);
			case TOGGLE -> YES.contains(lower) ? Field.TRUE : NO.contains(lower) ? Field.FALSE : null;
			case DATE -> TODAY.equals(lower) ? today().toString()
					: YESTERDAY.equals(lower) ? today().minusDays(1).toString() : text;
			case TEXT -> text;
		};
	}

	String display(Field field, String value) {
		if (value == null) {
			return "—";
		}
		return switch (field.kind) {
			case CHOICE -> field.options(businessAreas).getOrDefault(value, value);
			case TOGGLE -> Field.TRUE.equals(value) ? "Yes" : "No";
			default -> value;
		};
	}

	static String choices(Field field, Map<String, String> businessAreas) {
		return String.join(", ", field.options(businessAreas).values());
	}

	private static String choice(Map<String, String> options, String lower) {
		int number = 1;
		for (Map.Entry<String, String> option : options.entrySet()) {
			if (option.getKey().equals(lower) || option.getValue().toLowerCase(Locale.ROOT).equals(lower)
					|| String.valueOf(number).equals(lower)) {
				return option.getKey();
			}
			number++;
		}
		return null;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), DeclarationValidator.LONDON);
	}
}
