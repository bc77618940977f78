package org.recordsassistant.nccc.declaration;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;

import static java.util.concurrent.CompletableFuture.completedFuture;

/** Owns the declaration commands and card verbs, and offers each text turn to the step-by-step dialog. */
final class DeclarationTurnHandler implements TurnHandler {
	static final String DECLARE = "declare";
	static final String MY_DECLARATIONS = "my declarations";
	static final String STEP_BY_STEP = "step by step";
	static final String SUBMIT = "declaration.submit";
	static final String AMEND = "declaration.amend";
	static final String WITHDRAW = "declaration.withdraw";
	static final String LIST = "declaration.list";
	static final String VIEW = "declaration.view";
	static final String FILE = "declaration.file";
	private static final Pattern TRANSFERRED = Pattern.compile("(?i)transferred\\s+(NCCC-\\d{4}-\\d{6})[.!]?");
	static final String OFFER = "Declaring NCCC use takes a few minutes: fill in the card above. Prefer to answer one "
			+ "question at a time? Type **step by step**, or just tell me the channel you used (for example WhatsApp).";

	private final DeclarationService service;
	private final DeclarationCard card;
	private final RegisterCards registerCards;
	private final DeclarationActions actions;
	private final DeclarationDialog dialog;

	DeclarationTurnHandler(DeclarationService service, DeclarationCard card, RegisterCards registerCards,
			DeclarationActions actions, DeclarationDialog dialog) {
		this.service = service;
		this.card = card;
		this.registerCards = registerCards;
		this.actions = actions;
		this.dialog = dialog;
	}

	@Override
	public Set<String> commands() {
		return Set.of(DECLARE, MY_DECLARATIONS, STEP_BY_STEP);
	}

	@Override
	public Set<String> verbs() {
		return Set.of(SUBMIT, AMEND, WITHDRAW, LIST, VIEW, FILE);
	}

	@Override
	public CompletableFuture<Boolean> continueDialog(Turn turn) {
		return dialog.continueDialog(turn).thenCompose(consumed -> consumed ? completedFuture(true) : transferred(turn));
	}

	@Override
	public CompletableFuture<Void> onCommand(Turn turn, String command) {
		return switch (command) {
			case DECLARE -> turn.sendCard(card.blank()).thenCompose(id -> turn.sendText(OFFER))
					.thenCompose(id -> dialog.offer(turn));
			case STEP_BY_STEP -> dialog.start(turn);
			default -> myDeclarations(turn);
		};
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return dialog.forgetOffer(turn).thenApply(v -> actions.handle(turn.sender(), action));
	}

	private CompletableFuture<Void> myDeclarations(Turn turn) {
		DeclarationService.Page page = service.list(turn.sender().userKey(), 1);
		if (page.total() == 0) {
			return turn.sendText("Your register of declarations is empty. Type **declare** to make one.")
					.thenApply(id -> null);
		}
		return turn.sendCard(registerCards.list(page)).thenApply(id -> null);
	}

	/** "transferred NCCC-…", as the reminders suggest: the declarant says the messages are filed. */
	private CompletableFuture<Boolean> transferred(Turn turn) {
		Matcher matcher = TRANSFERRED.matcher(turn.text().strip());
		if (!matcher.matches()) {
			return completedFuture(false);
		}
		String reference = matcher.group(1).toUpperCase(Locale.ROOT);
		DeclarationService.Outcome outcome = service.confirmTransferred(turn.sender().userKey(), reference);
		String reply = outcome.problem() != null ? DeclarationActions.problem(outcome)
				: "Thank you: " + reference + " is marked transferred (version " + outcome.version() + "), and the "
						+ "reminders have stopped.";
		return turn.sendText(reply).thenApply(id -> true);
	}
}
