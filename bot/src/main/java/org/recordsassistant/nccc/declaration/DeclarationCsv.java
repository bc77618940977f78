package org.recordsassistant.nccc.declaration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The register as CSV (RFC 4180 quoting). Cells that a spreadsheet would run as a formula (starting
 * with = + - @, tab or carriage return) get a leading apostrophe, because the free text comes from users.
 */
final class DeclarationCsv {
	static final List<String> HEADER = List.of("reference", "status", "version", "submitted_at", "changed_at",
			"declarant_name", "declarant_user_key", "business_area", "channel", "channel_other", "account", "device",
			"date_from", "date_to", "counterparties", "external", "subject", "significant", "classification",
			"personal_data", "reason", "disappearing", "transferred", "holds", "transfer_id", "withdrawn_at",
			"withdrawn_reason");
	private static final String FORMULA_STARTS = "=+-@\t\r";
	private static final String LINE_END = "\r\n";

	private final Writer out;

	DeclarationCsv(Writer out) {
		this.out = out;
	}

	/** Writes the header, then a row for each declaration {@code source} hands over. */
	void write(Consumer<Consumer<StoredDeclaration>> source) throws IOException {
		row(HEADER);
		try {
			source.accept(declaration -> {
				try {
					row(cells(declaration));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		out.flush();
	}

	private static List<String> cells(StoredDeclaration d) {
		DeclarationForm f = d.form();
		return List.of(d.reference(), d.displayStatus().label(), String.valueOf(d.version()), text(d.submittedAt()),
				text(d.changedAt()), text(d.declarantName()), d.userKey(), f.businessArea(), f.channel(),
				text(f.channelOther()), f.account(), f.device(), f.dateFrom().toString(), f.dateTo().toString(),
				f.counterparties(), String.valueOf(f.external()), f.subject(), f.significant(), f.classification(),
				f.personalData(), text(f.reason()), String.valueOf(f.disappearing()), f.transferred(),
				String.valueOf(f.holds()), text(d.transferId()), text(d.withdrawnAt()), text(d.withdrawnReason()));
	}

	private void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write(LINE_END);
	}

	static String cell(String value) {
		String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof Instant instant ? instant.toString() : value.toString();
	}
}
