package org.recordsassistant.nccc.transfer;

/** What was taken in, and so what the job folder holds besides the original. */
public enum TransferMode {
	/** A WhatsApp export ({@code .txt} or {@code .zip}): original plus {@code conversation.json}. */
	WHATSAPP,
	/** An email ({@code .eml}): original, {@code conversation.json} and the attachments under {@code attachments/}. */
	EMAIL,
	/** A note of substance typed into the bot: {@code note.txt} (the original) plus {@code conversation.json}. */
	NOTE,
	/** A file the bot could not read, filed as it is on request: the original only, no JSON. */
	AS_IS
}
