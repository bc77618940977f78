package org.recordsassistant.nccc.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * What the declarant is told after a submit or amendment, the same for the card and the dialog: the
 * reference, and the warnings the guidance attaches to their answers.
 */
final class ConfirmationMessages {
	static final String SECRET = "**Stop here.** Material that may be SECRET or above must never go over a "
			+ "non-corporate channel. Contact your security team now, by phone or in person, and follow their advice. "
			+ "Don't send me, or anyone else, the messages or any details of them. I have kept only the fact that "
			+ "you reported this, and told the Information Asset Owner for the business area.";

	private ConfirmationMessages() {
	}

	static String headline(DeclarationService.Outcome outcome) {
		if (outcome.alreadyStored()) {
			return "This was already saved as **" + outcome.reference() + "** (version " + outcome.version()
					+ "). Nothing new was created.";
		}
		return outcome.version() == 1 ? "Thank you. Your declaration reference is **" + outcome.reference() + "**."
				: "Saved as version " + outcome.version() + " of **" + outcome.reference() + "**.";
	}

	/** The follow-ups that apply to this declaration, most urgent first. */
	static List<String> followUps(String reference, DeclarationForm form) {
		List<String> lines = new ArrayList<>();
		if (form.disappearing()) {
			lines.add("Disappearing messages are on: capture the content now (export, screenshots or a note), "
					+ "before it deletes itself, and consider turning the timer off.");
		}
		if (form.holds()) {
			lines.add("This relates to an FOI request, SAR, inquiry or litigation: don't delete any of these "
					+ "messages, even after they are filed.");
		}
		if (form.awaitsTransfer()) {
			lines.add("The significant messages must go into a corporate system, promptly and following your "
					+ "department's guide. Send me the exported chat and I will file it against " + reference
					+ ". I'll remind you until it is done; when it is, reply **transferred " + reference + "**.");
		} else if (!form.transferNeeded()) {
			lines.add("Logistical messages only: no transfer is needed.");
		}
		if (form.personalDataInvolved()) {
			lines.add("Personal data is involved, so your Information Asset Owner has been told; keep personal data "
					+ "off consumer apps where you can.");
		}
		return lines;
	}
}
