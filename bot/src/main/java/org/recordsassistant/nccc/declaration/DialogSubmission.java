package org.recordsassistant.nccc.declaration;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.teams.spi.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Ends a step-by-step declaration exactly as the card would: the answers become card data and go
 * through the same validation and {@link DeclarationService#submit}, so both paths store the same thing.
 */
final class DialogSubmission {
	private static final Logger log = LoggerFactory.getLogger(DialogSubmission.class);

	private final DeclarantLookup declarants;
	private final DeclarationService service;
	private final SecretReports secretReports;
	private final DeclarationValidator validator;
	private final Map<String, String> businessAreas;

	DialogSubmission(DeclarantLookup declarants, DeclarationService service, SecretReports secretReports,
			DeclarationValidator validator,
			Map<String, String> businessAreas) {
		this.declarants = declarants;
		this.service = service;
		this.secretReports = secretReports;
		this.validator = validator;
		this.businessAreas = businessAreas;
	}

	/** Sends the dialog back to a field when the final check finds a problem there. */
	interface Reopen {
		CompletableFuture<Void> at(Turn turn, DialogState state, Field field, String problem);
	}

	Map<String, String> areas() {
		return businessAreas;
	}

	/** @return true when the declaration is stored and the dialog is over */
	CompletableFuture<Boolean> submit(Turn turn, DialogState state, Reopen reopen) {
		ObjectNode data = Cards.data();
		state.answers().forEach(data::put);
		DeclarationValidator.Result result = validator.validate(data);
		if (!result.valid()) {
			Map.Entry<String, String> first = result.errors().entrySet().iterator().next();
			return reopen.at(turn, state, Field.byId(first.getKey()), first.getValue()).thenApply(v -> false);
		}
		DeclarationService.Outcome outcome = service.submit(declarants.of(turn.sender()), result.form(),
				state.submissionId());
		log.info("Declaration {} stored from the step-by-step dialog (repeat: {})", outcome.reference(),
				outcome.alreadyStored());
		StringBuilder text = new StringBuilder(ConfirmationMessages.headline(outcome));
		ConfirmationMessages.followUps(outcome.reference(), result.form())
				.forEach(line -> text.append("\n\n- ").append(line));
		text.append("\n\nType **my declarations** to see, amend or withdraw it.");
		return turn.sendText(text.toString()).thenApply(id -> true);
	}

	CompletableFuture<Void> reportSecret(Turn turn, Map<String, String> answers, String submissionId) {
		String reportId = secretReports.report(declarants.of(turn.sender()), answers.get(Field.BUSINESS_AREA.id),
				submissionId);
		log.info("SECRET material report {} recorded from the dialog", reportId);
		return turn.sendText(ConfirmationMessages.SECRET).thenApply(id -> null);
	}

}
