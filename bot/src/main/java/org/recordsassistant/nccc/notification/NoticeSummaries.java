package org.recordsassistant.nccc.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.recordsassistant.nccc.calendar.WorkingDays;
import org.recordsassistant.nccc.declaration.DeclarationService;
import org.recordsassistant.nccc.declaration.DeclarationSummary;
import org.recordsassistant.nccc.declaration.SecretMaterialReported;
import org.recordsassistant.nccc.transfer.RecordFiled;
import org.recordsassistant.nccc.transfer.TransferJob;
import org.recordsassistant.nccc.transfer.TransferService;

/**
 * Builds each notification's {@link Summary} from the other features' public APIs: references, area, dates,
 * option labels, counts and who it was. Never the subject, reason, counterparties, a file name or any message:
 * those are free text or content, and the summary is stored and emailed.
 */
final class NoticeSummaries {
	private static final Map<String, String> SIGNIFICANCE = Map.of("decision", "Decision", "advice", "Advice",
			"discussion", "Discussion", "logistical", "Logistical only");
	private static final Map<String, String> CLASSIFICATION = Map.of("official", "OFFICIAL",
			"official-sensitive", "OFFICIAL-SENSITIVE", "secret-or-above", "SECRET or above");
	private static final Map<String, String> PERSONAL_DATA = Map.of("none", "None", "personal", "Personal data",
			"special-category", "Special category data");

	private final Function<String, Optional<DeclarationSummary>> declarations;
	private final Function<String, Optional<TransferJob>> transfers;
	private final Function<String, String> areaLabels;
	private final Function<String, String> displayNames;

	/**
	 * @param declarations {@link DeclarationService#summary}
	 * @param transfers {@link TransferService#find}
	 * @param areaLabels business area key to its label, or null when not configured
	 * @param displayNames user key to display name, or null when the directory does not know them
	 */
	NoticeSummaries(Function<String, Optional<DeclarationSummary>> declarations,
			Function<String, Optional<TransferJob>> transfers, Function<String, String> areaLabels,
			Function<String, String> displayNames) {
		this.declarations = declarations;
		this.transfers = transfers;
		this.areaLabels = areaLabels;
		this.displayNames = displayNames;
	}

	Summary declaration(String reference, int version, String businessArea) {
		String title = version <= 1 ? "New declaration " + reference
				: "Declaration " + reference + " amended (version " + version + ")";
		Optional<DeclarationSummary> found = declarations.apply(reference);
		if (found.isEmpty()) {
			return Summary.of(title, null, "Reference", reference, "Business area", areaLabel(businessArea));
		}
		DeclarationSummary d = found.get();
		return Summary.of(title, null,
				"Reference", reference,
				"Business area", areaLabel(d.businessArea()),
				"Declared by", d.declarantName() != null ? d.declarantName() : nameOf(d.declarantUserKey()),
				"Channel", label(OverviewCards.CHANNELS, d.channel()),
				"Messages", period(d.dateFrom(), d.dateTo()),
				"Significance", label(SIGNIFICANCE, d.significant()),
				"Classification", label(CLASSIFICATION, d.classification()),
				"Personal data", label(PERSONAL_DATA, d.personalData()),
				"Outside government", d.external() ? "Yes" : "No",
				"Disappearing messages", d.disappearing() ? "Yes" : "No",
				"FOI, SAR, inquiry or litigation", d.holds() ? "Yes: keep everything" : "No",
				"Status", d.status() == null ? null : d.status().label());
	}

	/**
	 * What a notice shows, and who "request information" goes to.
	 *
	 * @param askKey the declarant, reporter or filer; null when unknown
	 */
	record Content(Summary summary, String askKey) {
	}

	/** A filing's summary, and its sender to ask: both from the one transfer lookup. */
	Content filing(RecordFiled event) {
		Optional<TransferJob> found = transfers.apply(event.transferId());
		String declaration = event.declarationReference() == null ? "None linked" : event.declarationReference();
		String link = openable(event.recordUrl());
		if (found.isEmpty()) {
			return new Content(Summary.of("Record filed", link, "Transfer", event.transferId(), "Declaration",
					declaration, "Business area", areaLabel(event.businessArea())), null);
		}
		TransferJob job = found.get();
		return new Content(Summary.of("Record filed", link,
				"Transfer", event.transferId(),
				"Declaration", declaration,
				"Business area", areaLabel(event.businessArea()),
				"Filed by", nameOf(job.userKey()),
				"Format", job.sourceFormat(),
				"Messages", job.messageCount() == null ? null : job.messageCount().toString(),
				"People in the chat", job.participantCount() == null ? null : job.participantCount().toString(),
				"Attachments", job.attachmentsPresent() == null ? null : job.attachmentsPresent().toString(),
				"Period", period(day(job.firstTimestamp()), day(job.lastTimestamp()))), job.userKey());
	}

	/** A SharePoint link opens from a card or an email; a local folder's file: URL does not, so it is left out. */
	private static String openable(String url) {
		return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
	}

	Summary secretReport(SecretMaterialReported event) {
		return Summary.of("Possible SECRET material reported", null,
				"Report", event.reportId(),
				"Business area", areaLabel(event.businessArea()),
				"Reported by", nameOf(event.reporterUserKey()));
	}

	/** The area's label from the declaration settings, or its key when it is not configured. */
	String areaLabel(String key) {
		if (key == null) {
			return null;
		}
		String label = areaLabels.apply(key);
		return label != null ? label : key;
	}

	/** The directory's name, or the object id itself: the IAO can still look them up. */
	private String nameOf(String userKey) {
		if (userKey == null) {
			return null;
		}
		String name = displayNames.apply(userKey);
		return name != null && !name.isBlank() ? name : userKey;
	}

	private static String label(Map<String, String> labels, String key) {
		return key == null ? null : labels.getOrDefault(key, key);
	}

	private static LocalDate day(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(WorkingDays.LONDON).toLocalDate();
	}

	private static String period(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return null;
		}
		return from.equals(to) ? OverviewCards.DAY.format(from) : OverviewCards.DAY.format(from) + " to " + OverviewCards.DAY.format(to);
	}
}
