package org.recordsassistant.nccc.transfer.filing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.graphconnector.models.FileRole;
import org.recordsassistant.graphconnector.models.FiledFile;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.recordsassistant.nccc.transfer.TransferJob;

/** The receipt: where the record was filed, its files and their hashes, and the retention label. */
final class ReceiptCard {
	private ReceiptCard() {
	}

	static ObjectNode of(TransferJob job, FiledRecord filed) {
		ObjectNode card = Cards.card();
		Cards.body(card).add(Cards.heading("Filed in the records library"));
		Cards.body(card).add(Cards.text("Your upload is now a record. You can delete your own copy once you no longer "
				+ "need it, unless it relates to an FOI request, inquiry or litigation."));
		Cards.body(card).add(Cards.facts(
				"Where", Cards.escape(filed.folderPath()),
				"Declaration", job.declarationReference() == null ? "none linked" : job.declarationReference(),
				"Retention label", filed.retentionLabel() == null || filed.retentionLabel().isBlank() ? "library default"
						: Cards.escape(filed.retentionLabel()) + (filed.recordLocked() ? " (locked as a record)" : ""),
				"SHA-256 of the original", job.sha256()));
		StringBuilder files = new StringBuilder();
		for (FiledFile file : filed.files()) {
			files.append("- ").append(Cards.escape(file.name())).append(" (").append(label(file.role())).append(", ")
					.append(file.size()).append(" bytes)\n");
		}
		Cards.body(card).add(Cards.text(files.toString().strip()).put("spacing", "Medium"));
		if (filed.webUrl() != null && filed.webUrl().startsWith("https://")) {
			Cards.actions(card).add(Cards.openUrl("Open the record", filed.webUrl()));
		}
		return card;
	}

	private static String label(FileRole role) {
		return switch (role) {
			case ORIGINAL -> "original";
			case NORMALISED_JSON -> "normalised copy";
			case TRANSCRIPT_PDF -> "transcript";
			case ATTACHMENT -> "attachment";
			case MANIFEST -> "manifest";
		};
	}
}
