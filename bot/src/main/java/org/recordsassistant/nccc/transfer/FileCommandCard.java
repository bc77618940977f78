package org.recordsassistant.nccc.transfer;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.nccc.teams.spi.Cards;

/**
 * The answer to {@code file}: how to export a WhatsApp chat (nccc-facts §14), "send it to me here", and a
 * "Write a note instead" button that opens the note-of-substance form in place (Action.ShowCard, no round trip).
 */
final class FileCommandCard {
	static final String NOTE = "transfer.note";

	private FileCommandCard() {
	}

	static ObjectNode card(LocalDate today) {
		ObjectNode card = Cards.card();
		ArrayNode body = Cards.body(card);
		body.add(Cards.heading("Filing a chat"));
		body.add(Cards.text("**iPhone:** open the chat, tap the contact or group name at the top, then **Export "
				+ "Chat**. Choose *Without Media* (or *Attach Media* if photos or documents matter) and save the "
				+ ".zip to Files."));
		body.add(Cards.text("**Android:** open the chat, tap ⋮ then **More** then **Export chat**. Choose *Without "
				+ "media* or *Include media* and save the .txt (or .zip) to Files or Drive."));
		body.add(Cards.text("Then **send the file to me here** with the paperclip. I'll show you what I found "
				+ "before anything is filed. Emails (.eml) work too."));
		body.add(Cards.subtle("No export possible (Signal, SMS, a call)? Write a note of the substance instead."));
		ObjectNode show = Cards.data().put("type", "Action.ShowCard").put("title", "Write a note instead");
		show.set("card", noteForm(today));
		Cards.actions(card).add(show);
		return card;
	}

	static ObjectNode noteForm(LocalDate today) {
		ObjectNode form = Cards.card();
		ArrayNode body = Cards.body(form);
		body.add(Cards.text("A note of substance records what was decided when there is no export. Keep to the "
				+ "facts; it becomes a record."));
		body.add(text(NoteOfSubstance.WHO, "Who was involved (names or roles)", NoteOfSubstance.MAX_WHO, false)
				.put("isRequired", true).put("errorMessage", "Say who was involved."));
		body.add(Cards.data().put("type", "Input.Date").put("id", NoteOfSubstance.DATE).put("label", "When")
				.put("max", today.toString()).put("isRequired", true).put("errorMessage", "Give the date."));
		ObjectNode channel = Cards.data().put("type", "Input.ChoiceSet").put("id", NoteOfSubstance.CHANNEL)
				.put("label", "Channel").put("style", "compact").put("value", "whatsapp");
		ArrayNode choices = channel.putArray("choices");
		NoteOfSubstance.CHANNELS.forEach((key, label) -> choices.addObject().put("title", label).put("value", key));
		body.add(channel);
		body.add(text(NoteOfSubstance.DECIDED, "What was decided or agreed", NoteOfSubstance.MAX_DECIDED, true)
				.put("isRequired", true).put("errorMessage", "Say what was decided."));
		body.add(text(NoteOfSubstance.WHY, "Why (the reasons given)", NoteOfSubstance.MAX_WHY, true));
		Cards.actions(form).add(Cards.execute("Save note and preview", NOTE, null));
		return form;
	}

	private static ObjectNode text(String id, String label, int maxLength, boolean multiline) {
		return Cards.data().put("type", "Input.Text").put("id", id).put("label", label).put("maxLength", maxLength)
				.put("isMultiline", multiline);
	}
}
