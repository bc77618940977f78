package org.recordsassistant.nccc.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.FileHandler;
import org.recordsassistant.nccc.teams.spi.IncomingFile;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.recordsassistant.nccc.teams.spi.TurnHandler;
import org.recordsassistant.nccc.transfer.TransferIntake.AsIsOffered;
import org.recordsassistant.nccc.transfer.TransferIntake.Previewed;
import org.recordsassistant.nccc.transfer.TransferIntake.Rejected;
import org.recordsassistant.nccc.transfer.TransferIntake.Result;
import org.recordsassistant.nccc.transfer.parse.DateOrder;
import org.recordsassistant.nccc.transfer.parse.ParserOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.recordsassistant.nccc.transfer.PreviewCards.BUSINESS_AREA;
import static org.recordsassistant.nccc.transfer.PreviewCards.CANCEL;
import static org.recordsassistant.nccc.transfer.PreviewCards.CONFIRM;
import static org.recordsassistant.nccc.transfer.PreviewCards.DATE_ORDER;
import static org.recordsassistant.nccc.transfer.PreviewCards.DECLARATION;
import static org.recordsassistant.nccc.transfer.PreviewCards.DECLARATION_REFERENCE;
import static org.recordsassistant.nccc.transfer.PreviewCards.HAS_REFERENCE;
import static org.recordsassistant.nccc.transfer.PreviewCards.TRANSFER_ID;

/**
 * The File job in the conversation: the {@code file} command, files sent to the bot (read, then a preview card), and
 * the preview's buttons. Nothing is filed before {@code transfer.confirm}; confirm publishes {@link FilingRequested}.
 */
@Component
class TransferTurnHandler implements TurnHandler, FileHandler {
	static final String FILE = "file";
	static final String READING = "Reading your file…";
	static final String STILL_READING = "This one is taking a while. I'll carry on reading it and send you what I "
			+ "found here; you can keep using the chat meanwhile.";
	private static final Logger log = LoggerFactory.getLogger(TransferTurnHandler.class);
	static final String UNKNOWN_TRANSFER = "I can't find that file any more: unconfirmed previews are cleared after "
			+ "a few days. Please send the file again.";
	static final String NOT_YOURS = "Only the person who sent this file can confirm or cancel it.";
	static final String ALREADY_CONFIRMED = "You've already confirmed this file, so I'm filing it. There's nothing "
			+ "more to do; I'll send a receipt.";
	static final String ALREADY_CANCELLED = "You cancelled this file, so it won't be filed. Send it again if you "
			+ "still need it filed.";
	static final String NOTHING_TO_CANCEL = "There's nothing to cancel: nothing was saved.";
	static final String BAD_REFERENCE = "That declaration reference doesn't look right: references look like "
			+ "NCCC-2026-000123. Correct it on the card, or choose 'No declaration yet', then press Confirm again.";
	static final String MISSING_REFERENCE = "Type the declaration reference (like NCCC-2026-000123), or choose 'No "
			+ "declaration yet', then press Confirm again.";
	static final String MISSING_AREA = "Choose the business area the conversation belongs to, then press Confirm "
			+ "again.";
	private static final Pattern REFERENCE = Pattern.compile(PreviewCards.REFERENCE_PATTERN);

	private final TransferIntake intake;
	private final IntakeRunner runner;
	private final TransferService transfers;
	private final ProactiveMessenger messenger;
	private final Map<String, String> businessAreas;
	private final Duration inlineWait;
	private final Clock clock = Clock.system(ParserOptions.DEFAULT_ZONE);

	TransferTurnHandler(TransferIntake intake, IntakeRunner runner, TransferService transfers,
			ProactiveMessenger messenger, TransferProperties settings, DeclarationService declarations) {
		this.intake = intake;
		this.runner = runner;
		this.transfers = transfers;
		this.messenger = messenger;
		// One list of business areas for declaring, filing and IAO routing, unless filing sets its own.
		this.businessAreas = settings.businessAreas().isEmpty() ? declarations.businessAreas() : settings.businessAreas();
		this.inlineWait = settings.inlineWait();
	}

	@Override
	public Set<String> commands() {
		return Set.of(FILE);
	}

	@Override
	public Set<String> verbs() {
		return Set.of(CONFIRM, CANCEL, FileCommandCard.NOTE, DATE_ORDER);
	}

	@Override
	public CompletableFuture<Void> onCommand(Turn turn, String command) {
		return turn.sendCard(FileCommandCard.card(LocalDate.now(clock))).thenApply(id -> null);
	}

	/**
	 * One file at a time, each with its own "reading" message and its own card. A file read within
	 * {@code nccc.transfer.inline-wait} is answered in this turn; a slower one is answered proactively when done.
	 */
	@Override
	public CompletableFuture<Void> onFiles(Turn turn, List<IncomingFile> files) {
		CompletableFuture<Void> chain = completedFuture(null);
		for (int i = 0; i < files.size(); i++) {
			IncomingFile file = files.get(i);
			String reading = files.size() == 1 ? READING : "Reading file " + (i + 1) + " of " + files.size() + "…";
			chain = chain.thenCompose(done -> turn.sendText(reading)).thenCompose(id -> read(turn, file));
		}
		return chain;
	}

	private CompletableFuture<Void> read(Turn turn, IncomingFile file) {
		CompletableFuture<Result> work = runner.submit(() -> intake.receive(turn.sender(), file))
				.exceptionally(error -> {
					log.warn("Reading a file failed: {}", error.getClass().getName());
					return new Rejected(TransferIntake.OUR_FAULT);
				});
		CompletableFuture<Optional<Result>> inline = work.thenApply(Optional::of);
		inline.completeOnTimeout(Optional.empty(), inlineWait.toMillis(), TimeUnit.MILLISECONDS);
		return inline.thenCompose(result -> {
			if (result.isPresent()) {
				return answer(turn, result.get());
			}
			String userKey = turn.sender().userKey();
			work.thenCompose(done -> answerLater(userKey, done)).exceptionally(error -> {
				log.warn("Could not send a late preview: {}", error.getClass().getName());
				return null;
			});
			return turn.sendText(STILL_READING).thenApply(id -> null);
		});
	}

	private CompletableFuture<Void> answerLater(String userKey, Result result) {
		CardActionResult card = cardFor(result);
		if (card.card() != null) {
			return messenger.sendCard(userKey, card.card()).thenApply(id -> null);
		}
		return messenger.sendText(userKey, card.message()).thenApply(id -> null);
	}

	private CompletableFuture<Void> answer(Turn turn, Result result) {
		CardActionResult card = cardFor(result);
		if (card.card() != null) {
			return turn.sendCard(card.card()).thenApply(id -> null);
		}
		return turn.sendText(card.message()).thenApply(id -> null);
	}

	@Override
	public CompletableFuture<CardActionResult> onCardAction(Turn turn, CardAction action) {
		return completedFuture(switch (action.verb()) {
			case CONFIRM -> confirm(turn, action);
			case CANCEL -> cancel(turn, action);
			case FileCommandCard.NOTE -> note(turn, action);
			case DATE_ORDER -> switchDateOrder(turn, action);
			default -> CardActionResult.unchanged();
		});
	}

	private CardActionResult confirm(Turn turn, CardAction action) {
		String userKey = turn.sender().userKey();
		Optional<TransferJob> job = transfers.find(action.text(TRANSFER_ID));
		Optional<String> refusal = refusal(job, userKey);
		if (refusal.isPresent()) {
			return CardActionResult.message(refusal.get());
		}
		String reference = blankToNull(action.text(DECLARATION_REFERENCE));
		if (reference != null) {
			reference = reference.toUpperCase(Locale.ROOT);
			if (!REFERENCE.matcher(reference).matches()) {
				return CardActionResult.message(BAD_REFERENCE);
			}
		}
		else if (HAS_REFERENCE.equals(action.text(DECLARATION))) {
			return CardActionResult.message(MISSING_REFERENCE);
		}
		String area = blankToNull(action.text(BUSINESS_AREA));
		if (!businessAreas.isEmpty() && (area == null || !businessAreas.containsKey(area))) {
			return CardActionResult.message(MISSING_AREA);
		}
		TransferService.Decision decision = transfers.confirm(job.get().id(), userKey, reference, area);
		return switch (decision.outcome()) {
			case DONE -> CardActionResult.replaceCard(
					PreviewCards.confirmed(decision.job(), businessAreas.getOrDefault(area, area == null ? "" : area)));
			case UNKNOWN -> CardActionResult.message(UNKNOWN_TRANSFER);
			case NOT_YOURS -> CardActionResult.message(NOT_YOURS);
			case NOT_PREVIEWED -> CardActionResult.message(stateMessage(decision.job()));
		};
	}

	private CardActionResult cancel(Turn turn, CardAction action) {
		String id = action.text(TRANSFER_ID);
		if (blankToNull(id) == null) {
			return CardActionResult.message(NOTHING_TO_CANCEL);
		}
		TransferService.Decision decision = transfers.cancel(id, turn.sender().userKey());
		return switch (decision.outcome()) {
			case DONE -> CardActionResult.replaceCard(PreviewCards.cancelled());
			case UNKNOWN -> CardActionResult.message(UNKNOWN_TRANSFER);
			case NOT_YOURS -> CardActionResult.message(NOT_YOURS);
			case NOT_PREVIEWED -> CardActionResult.message(stateMessage(decision.job()));
		};
	}

	private CardActionResult note(Turn turn, CardAction action) {
		List<String> problems = NoteOfSubstance.problems(action, LocalDate.now(clock));
		if (!problems.isEmpty()) {
			return CardActionResult.message("I can't save that note yet: " + String.join(" ", problems));
		}
		return cardFor(intake.recordNote(turn.sender(), NoteOfSubstance.from(action)));
	}

	private CardActionResult switchDateOrder(Turn turn, CardAction action) {
		Optional<TransferJob> job = transfers.find(action.text(TRANSFER_ID));
		Optional<String> refusal = refusal(job, turn.sender().userKey());
		if (refusal.isPresent()) {
			return CardActionResult.message(refusal.get());
		}
		DateOrder order;
		try {
			order = DateOrder.valueOf(String.valueOf(action.text(PreviewCards.DATE_ORDER_FIELD)));
		}
		catch (IllegalArgumentException ex) {
			order = null;
		}
		if (order == DateOrder.YEAR_FIRST || order == null || job.get().mode() != TransferMode.WHATSAPP) {
			return CardActionResult.message("That button can't change how dates are read for this file.");
		}
		return cardFor(intake.reread(job.get(), order));
	}

	private CardActionResult cardFor(Result result) {
		if (result instanceof Previewed previewed) {
			return CardActionResult.replaceCard(PreviewCards.preview(previewed.job(), previewed.summary(),
					businessAreas));
		}
		if (result instanceof AsIsOffered offer) {
			return CardActionResult.replaceCard(PreviewCards.asIs(offer.job(), offer.why(), businessAreas));
		}
		return CardActionResult.message(((Rejected) result).userMessage());
	}

	/** Why this click cannot act on the transfer, if it cannot. */
	private static Optional<String> refusal(Optional<TransferJob> job, String userKey) {
		if (job.isEmpty()) {
			return Optional.of(UNKNOWN_TRANSFER);
		}
		if (!job.get().userKey().equals(userKey)) {
			return Optional.of(NOT_YOURS);
		}
		if (job.get().status() != TransferStatus.PREVIEWED) {
			return Optional.of(stateMessage(job.get()));
		}
		return Optional.empty();
	}

	private static String stateMessage(TransferJob job) {
		return switch (job.status()) {
			case CONFIRMED, FILED -> ALREADY_CONFIRMED;
			case CANCELLED -> ALREADY_CANCELLED;
			default -> UNKNOWN_TRANSFER;
		};
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
