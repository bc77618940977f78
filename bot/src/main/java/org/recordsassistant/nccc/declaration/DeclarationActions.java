package org.recordsassistant.nccc.declaration;

import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.recordsassistant.nccc.teams.spi.CardAction;
import org.recordsassistant.nccc.teams.spi.CardActionResult;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The declaration card verbs. Every verb that names a reference checks it belongs to the person
 * clicking; someone else's reference gets the same answer as one that does not exist.
 */
final class DeclarationActions {
	private static final Logger log = LoggerFactory.getLogger(DeclarationActions.class);
	static final Pattern REFERENCE = Pattern.compile("NCCC-\\d{4}-\\d{6}");
	private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
	static final String OUT_OF_DATE = "That card is out of date or damaged, so I saved nothing. Type **declare** for a "
			+ "fresh one.";

	private final DeclarantLookup declarants;
	private final DeclarationService service;
	private final SecretReports secretReports;
	private final DeclarationValidator validator;
	private final DeclarationCard cards;
	private final RegisterCards registerCards;

	DeclarationActions(DeclarantLookup declarants, DeclarationService service, SecretReports secretReports,
			DeclarationValidator validator,
			DeclarationCard cards, RegisterCards registerCards) {
		this.declarants = declarants;
		this.service = service;
		this.secretReports = secretReports;
		this.validator = validator;
		this.cards = cards;
		this.registerCards = registerCards;
	}

	static String notYours(String reference) {
		return "I can't find a declaration " + (reference == null ? "" : reference + " ") + "of yours. You can only see, "
				+ "amend or withdraw your own declarations: type **my declarations** to see them.";
	}

	CardActionResult handle(Sender sender, CardAction action) {
		String reference = reference(action.text(DeclarationCard.REFERENCE));
		String userKey = sender.userKey();
		return switch (action.verb()) {
			case DeclarationTurnHandler.SUBMIT -> submit(sender, action, null);
			case DeclarationTurnHandler.AMEND -> action.text(DeclarationCard.SUBMISSION_ID) == null
					? showAmendCard(userKey, reference) : submit(sender, action, reference);
			case DeclarationTurnHandler.WITHDRAW -> withdraw(userKey, reference, action);
			case DeclarationTurnHandler.LIST -> CardActionResult.replaceCard(registerCards.list(service.list(userKey,
					page(action.data().get(RegisterCards.PAGE)))));
			case DeclarationTurnHandler.VIEW -> service.owned(userKey, reference)
					.map(d -> CardActionResult.replaceCard(registerCards.view(d, service.versions(d.reference()))))
					.orElse(CardActionResult.message(notYours(reference)));
			case DeclarationTurnHandler.FILE -> service.requestFiling(userKey, reference)
					? CardActionResult.message("Send me the exported chat for " + reference + " now (WhatsApp .txt or "
							+ ".zip, or an .eml file): I will file it and link it to this declaration.")
					: CardActionResult.message(notYours(reference));
			default -> CardActionResult.message(OUT_OF_DATE);
		};
	}

	private CardActionResult submit(Sender sender, CardAction action, String reference) {
		String submissionId = action.text(DeclarationCard.SUBMISSION_ID);
		if (submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()) {
			return CardActionResult.message(OUT_OF_DATE);
		}
		DeclarationValidator.Result result = validator.validate(action.data());
		if (result.secret() && reference == null) {
			if (!result.valid()) {
				return CardActionResult.replaceCard(cards.withErrors(action.verb(), null, submissionId,
						Map.of(Field.CLASSIFICATION.id, Field.SECRET), result.errors()));
			}
			String reportId = secretReports.report(declarants.of(sender), result.values().get(Field.BUSINESS_AREA.id),
					submissionId);
			log.info("SECRET material report {} recorded", reportId);
			return CardActionResult.replaceCard(registerCards.secret());
		}
		if (result.secret()) {
			return CardActionResult.message("An amendment can't record SECRET material. Withdraw this declaration "
					+ "and contact your security team now; don't send me any details.");
		}
		if (!result.valid()) {
			log.info("Declaration card rejected: {} field(s) to fix", result.errors().size());
			return CardActionResult.replaceCard(cards.withErrors(action.verb(), reference, submissionId,
					result.values(), result.errors()));
		}
		DeclarationService.Outcome outcome = reference == null
				? service.submit(declarants.of(sender), result.form(), submissionId)
				: service.amend(sender.userKey(), reference, result.form(), submissionId);
		if (outcome.problem() != null) {
			return CardActionResult.message(problem(outcome));
		}
		log.info("Declaration {} version {} stored (repeat click: {})", outcome.reference(), outcome.version(),
				outcome.alreadyStored());
		return CardActionResult.replaceCard(registerCards.confirmation(outcome, result.form()));
	}

	private CardActionResult showAmendCard(String userKey, String reference) {
		return service.owned(userKey, reference)
				.map(d -> d.withdrawn() ? CardActionResult.message(reference + " is withdrawn, so it can't be amended.")
						: CardActionResult.replaceCard(cards.amend(reference, d.form())))
				.orElse(CardActionResult.message(notYours(reference)));
	}

	private CardActionResult withdraw(String userKey, String reference, CardAction action) {
		if (service.owned(userKey, reference).isEmpty()) {
			return CardActionResult.message(notYours(reference));
		}
		if (!action.data().path(RegisterCards.CONFIRMED).asBoolean(false)) {
			return CardActionResult.replaceCard(registerCards.confirmWithdraw(reference, null));
		}
		JsonNode reasonNode = action.data().get(RegisterCards.WITHDRAW_REASON);
		String reason = reasonNode != null && reasonNode.isTextual() ? reasonNode.asText().strip() : "";
		if (reason.isEmpty() || reason.length() > RegisterCards.WITHDRAW_REASON_MAX) {
			return CardActionResult.replaceCard(registerCards.confirmWithdraw(reference, reason.isEmpty()
					? "A reason is required." : "The reason is too long: at most " + RegisterCards.WITHDRAW_REASON_MAX
							+ " characters."));
		}
		DeclarationService.Outcome outcome = service.withdraw(userKey, reference, reason);
		return outcome.problem() != null ? CardActionResult.message(problem(outcome))
				: CardActionResult.replaceCard(registerCards.withdrawn(reference));
	}

	static String problem(DeclarationService.Outcome outcome) {
		return switch (outcome.problem()) {
			case NOT_FOUND -> notYours(outcome.reference());
			case WITHDRAWN -> outcome.reference() + " is withdrawn, so it can't be changed.";
			case CHANGED_MEANWHILE -> outcome.reference() + " was changed somewhere else while you edited it. Type **my "
					+ "declarations** and try again.";
		};
	}

	/** A well-formed reference or null, so nothing odd from card data is looked up or echoed back. */
	static String reference(String text) {
		return text != null && REFERENCE.matcher(text).matches() ? text : null;
	}

	private static int page(JsonNode value) {
		if (value != null && value.canConvertToInt()) {
			return value.asInt();
		}
		return value != null && value.isTextual() && value.asText().matches("\\d{1,4}") ? Integer.parseInt(value.asText()) : 1;
	}
}
