package org.recordsassistant.nccc.declaration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.StatePropertyAccessor;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.teams.spi.Turn;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * The step-by-step declaration: the card's fields asked one at a time, with back, skip and cancel,
 * then a summary to confirm. A small typed state machine rather than a waterfall, because back and
 * skip move freely between steps; the state sits in {@link ConversationState}, so it survives restarts.
 * The final answers go through the same validator and service as the card.
 */
final class DeclarationDialog {
	static final String STATE_PROPERTY = "DeclarationDialog";
	private static final List<Field> ORDER = List.of(Field.values());

	private final StatePropertyAccessor<DialogState> state;
	private final DeclarationValidator validator;
	private final DialogQuestions questions;
	private final DialogSubmission submission;

	DeclarationDialog(ConversationState conversationState, DeclarationValidator validator, DialogQuestions questions,
			DialogSubmission submission) {
		this.state = conversationState.createProperty(STATE_PROPERTY);
		this.validator = validator;
		this.questions = questions;
		this.submission = submission;
	}

	/** After the card is sent: a typed channel name starts the dialog with that answer. */
	CompletableFuture<Void> offer(Turn turn) {
		return state.set(turn.context(), new DialogState(DialogState.OFFERED, null, new LinkedHashMap<>(), newId()));
	}

	CompletableFuture<Void> start(Turn turn) {
		DialogState fresh = new DialogState(DialogState.ASKING, Field.CHANNEL.id, new LinkedHashMap<>(), newId());
		return state.set(turn.context(), fresh).thenCompose(v -> ask(turn, fresh, null));
	}

	/** A card was used instead: forget the offer, but never a dialog the user is in the middle of. */
	CompletableFuture<Void> forgetOffer(Turn turn) {
		return state.get(turn.context()).thenCompose(current -> current != null && DialogState.OFFERED.equals(current.mode())
				? state.delete(turn.context()) : completedFuture(null));
	}

	/** @return true when the text was an answer in an open dialog */
	CompletableFuture<Boolean> continueDialog(Turn turn) {
		return state.get(turn.context()).thenCompose(current -> {
			if (current == null) {
				return completedFuture(false);
			}
			if (DialogState.OFFERED.equals(current.mode())) {
				String channel = questions.read(Field.CHANNEL, turn.text());
				if (channel == null) {
					return state.delete(turn.context()).thenApply(v -> false);
				}
				return accept(turn, current.asking(Field.CHANNEL, current.answers()), channel).thenApply(v -> true);
			}
			return answer(turn, current).thenApply(v -> true);
		});
	}

	private CompletableFuture<Void> answer(Turn turn, DialogState current) {
		String command = turn.text().strip().toLowerCase(Locale.ROOT);
		if (DialogQuestions.CANCEL.equals(command)) {
			return state.delete(turn.context()).thenCompose(v -> send(turn, "Cancelled. Nothing was saved."));
		}
		if (DialogQuestions.BACK.equals(command)) {
			Field previous = previous(current.current(), current.answers());
			if (previous == null) {
				return ask(turn, current, "This is the first question.");
			}
			DialogState back = current.asking(previous, current.answers());
			return state.set(turn.context(), back).thenCompose(v -> ask(turn, back, null));
		}
		if (DialogState.CONFIRMING.equals(current.mode())) {
			if (DialogQuestions.SUBMIT.equals(command) || "yes".equals(command)) {
				return submission.submit(turn, current, this::reopen).thenCompose(done -> done
						? state.delete(turn.context()) : completedFuture(null));
			}
			return confirm(turn, current, "Reply **submit** to save it, **back** to change an answer or **cancel**.");
		}
		Field field = current.current();
		if (DialogQuestions.SKIP.equals(command)) {
			if (validator.required(field, current.answers())) {
				return ask(turn, current, field.label + " is needed, so it can't be skipped.");
			}
			return accept(turn, current, field.kind == Field.Kind.TOGGLE ? Field.FALSE : null);
		}
		String value = questions.read(field, turn.text());
		if (value == null) {
			return ask(turn, current, field.kind == Field.Kind.TOGGLE ? "Please answer yes or no."
					: "Please choose one of: " + DialogQuestions.choices(field, submission.areas()) + ".");
		}
		return accept(turn, current, value);
	}

	private CompletableFuture<Void> accept(Turn turn, DialogState current, String value) {
		Field field = current.current();
		LinkedHashMap<String, String> answers = new LinkedHashMap<>(current.answers());
		if (value == null || value.isEmpty()) {
			answers.remove(field.id);
		} else {
			answers.put(field.id, value);
		}
		String problem = validator.check(field, answers);
		if (problem != null) {
			return ask(turn, current, problem);
		}
		if (field == Field.CLASSIFICATION && Field.SECRET.equals(value)) {
			return state.delete(turn.context()).thenCompose(v -> submission.reportSecret(turn, answers, current.submissionId()));
		}
		Field next = next(field, answers);
		DialogState moved = next == null ? current.confirming(answers) : current.asking(next, answers);
		return state.set(turn.context(), moved)
				.thenCompose(v -> next == null ? confirm(turn, moved, null) : ask(turn, moved, null));
	}

	/** Back to a field the final validation rejected. */
	private CompletableFuture<Void> reopen(Turn turn, DialogState current, Field field, String problem) {
		DialogState back = current.asking(field, current.answers());
		return state.set(turn.context(), back).thenCompose(v -> ask(turn, back, problem));
	}

	private CompletableFuture<Void> ask(Turn turn, DialogState current, String problem) {
		Field field = current.current();
		StringBuilder text = new StringBuilder();
		if (problem != null) {
			text.append(problem).append("\n\n");
		}
		text.append("**").append(DialogQuestions.question(field)).append("**\n\n").append(field.help);
		String existing = current.answers().get(field.id);
		if (existing != null) {
			text.append("\n\nYour answer so far: ").append(Cards.escape(questions.display(field, existing)));
		}
		boolean optional = !validator.required(field, current.answers());
		return turn.sendSuggestions(text.toString(), questions.suggestions(field, optional, field == ORDER.get(0)))
				.thenApply(id -> null);
	}

	private CompletableFuture<Void> confirm(Turn turn, DialogState current, String note) {
		StringBuilder text = new StringBuilder(note == null ? "" : note + "\n\n").append("**Please check your answers:**\n\n");
		for (Field field : ORDER) {
			if (applies(field, current.answers())) {
				text.append("- ").append(field.label).append(": ")
						.append(Cards.escape(questions.display(field, current.answers().get(field.id)))).append('\n');
			}
		}
		return turn.sendSuggestions(text.toString(), List.of("Submit", "Back", "Cancel")).thenApply(id -> null);
	}

	private static boolean applies(Field field, Map<String, String> answers) {
		return field != Field.CHANNEL_OTHER || Field.OTHER.equals(answers.get(Field.CHANNEL.id));
	}

	private static Field next(Field field, Map<String, String> answers) {
		for (int i = ORDER.indexOf(field) + 1; i < ORDER.size(); i++) {
			if (applies(ORDER.get(i), answers)) {
				return ORDER.get(i);
			}
		}
		return null;
	}

	/** The field before {@code field}; from the summary (field null), the last one. */
	private static Field previous(Field field, Map<String, String> answers) {
		for (int i = (field == null ? ORDER.size() : ORDER.indexOf(field)) - 1; i >= 0; i--) {
			if (applies(ORDER.get(i), answers)) {
				return ORDER.get(i);
			}
		}
		return null;
	}

	private static CompletableFuture<Void> send(Turn turn, String text) {
		return turn.sendText(text).thenApply(id -> null);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}
}
