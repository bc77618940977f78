package org.recordsassistant.nccc.declaration;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.spi.Cards;

/** Cards about stored declarations: the confirmation, the user's list, one declaration, withdrawal. */
final class RegisterCards {
	static final String PAGE = "page";
	static final String CONFIRMED = "confirmed";
	static final String WITHDRAW_REASON = "withdrawReason";
	static final int WITHDRAW_REASON_MAX = 2000;
	private static final int SUBJECT_PREVIEW = 80;

	private final Map<String, String> businessAreas;

	RegisterCards(Map<String, String> businessAreas) {
		this.businessAreas = businessAreas;
	}

	ObjectNode confirmation(DeclarationService.Outcome outcome, DeclarationForm form) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading(outcome.reference()));
		body.add(Cards.text(ConfirmationMessages.headline(outcome)));
		ConfirmationMessages.followUps(outcome.reference(), form).forEach(line -> body.add(Cards.text("• " + line)));
		ArrayNode actions = Cards.actions(card);
		actions.add(Cards.execute("My declarations", DeclarationTurnHandler.LIST, Cards.data().put(PAGE, 1)));
		return card;
	}

	ObjectNode secret() {
		ObjectNode card = Cards.card();
		Cards.body(card).add(Cards.heading("Contact your security team now").put("color", DeclarationCard.ATTENTION));
		Cards.body(card).add(Cards.text(ConfirmationMessages.SECRET));
		return card;
	}

	ObjectNode list(DeclarationService.Page page) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("My declarations"));
		if (page.total() == 0) {
			body.add(Cards.text("You have no declarations yet. Type **declare** to make one."));
			return card;
		}
		body.add(Cards.subtle("Newest first. Page " + page.number() + " of " + page.pages() + " (" + page.total()
				+ " in all)."));
		for (StoredDeclaration d : page.items()) {
			ObjectNode item = body.addObject().put("type", "Container").put("separator", true);
			ArrayNode items = item.putArray("items");
			items.add(Cards.text("**" + d.reference() + "** · " + d.displayStatus().label()));
			items.add(Cards.subtle(channel(d.form()) + " · " + d.form().dateFrom() + " to " + d.form().dateTo() + " · "
					+ Cards.escape(preview(d.form().subject()))));
			ArrayNode buttons = items.addObject().put("type", "ActionSet").putArray("actions");
			ObjectNode ref = Cards.data().put(DeclarationCard.REFERENCE, d.reference());
			buttons.add(Cards.execute("View", DeclarationTurnHandler.VIEW, ref));
			if (!d.withdrawn()) {
				buttons.add(Cards.execute("Amend", DeclarationTurnHandler.AMEND, ref));
				buttons.add(Cards.execute("Withdraw", DeclarationTurnHandler.WITHDRAW, ref));
				if (d.displayStatus() == DeclarationStatus.TRANSFER_NEEDED) {
					buttons.add(Cards.execute("File the messages", DeclarationTurnHandler.FILE, ref));
				}
			}
		}
		ArrayNode actions = Cards.actions(card);
		if (page.number() > 1) {
			actions.add(Cards.execute("Newer", DeclarationTurnHandler.LIST, Cards.data().put(PAGE, page.number() - 1)));
		}
		if (page.number() < page.pages()) {
			actions.add(Cards.execute("Older", DeclarationTurnHandler.LIST, Cards.data().put(PAGE, page.number() + 1)));
		}
		return card;
	}

	ObjectNode view(StoredDeclaration d, List<DeclarationRepository.Version> versions) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		DeclarationForm f = d.form();
		body.add(Cards.heading(d.reference() + " · " + d.displayStatus().label()));
		body.add(Cards.facts("Channel", channel(f), "Account", label(Field.ACCOUNT, f.account()), "Device",
				label(Field.DEVICE, f.device()), "Dates", f.dateFrom() + " to " + f.dateTo(), "Who",
				Cards.escape(f.counterparties()), "Outside government", yesNo(f.external()), "Business area",
				label(Field.BUSINESS_AREA, f.businessArea()), "Subject", Cards.escape(f.subject()), "Information",
				label(Field.SIGNIFICANT, f.significant()), "Classification", label(Field.CLASSIFICATION, f.classification()),
				"Personal data", label(Field.PERSONAL_DATA, f.personalData()), "Reason",
				f.reason() == null ? "—" : Cards.escape(f.reason()), "Disappearing messages", yesNo(f.disappearing()),
				"Transferred", label(Field.TRANSFERRED, f.transferred()), "FOI, SAR, inquiry or litigation",
				yesNo(f.holds())));
		if (d.withdrawn()) {
			body.add(Cards.text("Withdrawn " + d.withdrawnAt() + ": " + Cards.escape(d.withdrawnReason())));
		}
		StringBuilder history = new StringBuilder("History: ");
		for (DeclarationRepository.Version version : versions) {
			history.append(version.number() == 1 ? "submitted " : "; version " + version.number() + " ")
					.append(version.createdAt());
		}
		body.add(Cards.subtle(history.toString()));
		Cards.actions(card).add(Cards.execute("My declarations", DeclarationTurnHandler.LIST, Cards.data().put(PAGE, 1)));
		return card;
	}

	ObjectNode confirmWithdraw(String reference, String error) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("Withdraw " + reference + "?"));
		body.add(Cards.text("It stays in the register, marked withdrawn with your reason. Your IAO is told."));
		body.add(Cards.data().put("type", "Input.Text").put("id", WITHDRAW_REASON).put("label", "Why withdraw it?")
				.put("isMultiline", true).put("maxLength", WITHDRAW_REASON_MAX).put("isRequired", true)
				.put("errorMessage", "A reason is required."));
		if (error != null) {
			body.add(Cards.text(error).put("color", DeclarationCard.ATTENTION).put("size", "Small"));
		}
		Cards.actions(card).add(Cards.execute("Withdraw", DeclarationTurnHandler.WITHDRAW,
				Cards.data().put(DeclarationCard.REFERENCE, reference).put(CONFIRMED, true)));
		Cards.actions(card).add(Cards.execute("Keep it", DeclarationTurnHandler.LIST, Cards.data().put(PAGE, 1)));
		return card;
	}

	ObjectNode withdrawn(String reference) {
		ObjectNode card = Cards.card();
		Cards.body(card).add(Cards.heading(reference + " · " + DeclarationStatus.WITHDRAWN.label()));
		Cards.body(card).add(Cards.text("Withdrawn. It stays in the register with your reason."));
		Cards.actions(card).add(Cards.execute("My declarations", DeclarationTurnHandler.LIST, Cards.data().put(PAGE, 1)));
		return card;
	}

	String channel(DeclarationForm f) {
		return Field.OTHER.equals(f.channel()) && f.channelOther() != null ? Cards.escape(f.channelOther())
				: label(Field.CHANNEL, f.channel());
	}

	String label(Field field, String key) {
		return key == null ? "—" : field.options(businessAreas).getOrDefault(key, key);
	}

	private static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}

	private static String preview(String subject) {
		return subject.length() <= SUBJECT_PREVIEW ? subject : subject.substring(0, SUBJECT_PREVIEW) + "…";
	}
}
