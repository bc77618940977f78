package org.recordsassistant.nccc.transfer.filing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the filing worker knows about a confirmed transfer, to build its record package. Counts and the
 * date range are not here: they are read from the conversation JSON itself.
 *
 * @param transferId the transfer id; the library files idempotently by it
 * @param reference the record reference (folder name): the declaration's reference, or
 *     {@link #referenceFor(String, String)} when there is none
 * @param subject a short subject for the folder name
 * @param originals the uploaded files exactly as received, with the SHA-256 taken at upload (checked again)
 * @param conversationJson the normalised conversation JSON
 * @param attachments attached files that came with the export, by their name in the chat; filed in name order
 * @param declarant who declared the use of the channel
 * @param channel the channel, for example {@code WhatsApp}
 * @param counterparties the other participants as declared
 * @param businessArea the business area
 * @param classification the security classification, for example {@code OFFICIAL}
 * @param declarationReference the declaration's reference, or null when the transfer has none
 * @param uploader who uploaded the export
 * @param uploadedAt when the export was uploaded
 * @param created when the record is made: use the time the user confirmed, so that building the package again
 *     for the same transfer gives byte-identical files
 * @param retentionLabel the retention label, or null for the library's default
 */
public record FilingInput(String transferId, String reference, String subject, List<OriginalFile> originals,
		Path conversationJson, Map<String, Path> attachments, String declarant, String channel,
		List<String> counterparties, String businessArea, String classification, String declarationReference,
		Uploader uploader, Instant uploadedAt, Instant created, String retentionLabel) {

	private static final String TRANSFER_PREFIX = "NCCC-T-";
	private static final int SHORT_ID_LENGTH = 8;

	/**
	 * Checks the values and copies the collections (attachments sorted by name).
	 *
	 * @throws NullPointerException if a value other than {@code declarationReference} or {@code retentionLabel}
	 *     is null
	 * @throws IllegalArgumentException if there is no original
	 */
	public FilingInput {
		Objects.requireNonNull(transferId, "transferId");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(subject, "subject");
		originals = List.copyOf(originals);
		Objects.requireNonNull(conversationJson, "conversationJson");
		attachments = Collections.unmodifiableSortedMap(new TreeMap<>(attachments));
		Objects.requireNonNull(declarant, "declarant");
		Objects.requireNonNull(channel, "channel");
		counterparties = List.copyOf(counterparties);
		Objects.requireNonNull(businessArea, "businessArea");
		Objects.requireNonNull(classification, "classification");
		Objects.requireNonNull(uploader, "uploader");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
		Objects.requireNonNull(created, "created");
		if (originals.isEmpty()) {
			throw new IllegalArgumentException("a record needs the original upload");
		}
	}

	/**
	 * The record reference for a transfer: the declaration's reference, or {@code NCCC-T-} and the first eight
	 * letters or digits of the transfer id (upper case) when there is no declaration.
	 *
	 * @param declarationReference the declaration's reference, or null
	 * @param transferId the transfer id
	 * @return the reference
	 * @throws IllegalArgumentException if there is no declaration and the transfer id has no letter or digit
	 */
	public static String referenceFor(String declarationReference, String transferId) {
		if (declarationReference != null) {
			return declarationReference;
		}
		String shortId = transferId.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
		if (shortId.isEmpty()) {
			throw new IllegalArgumentException("the transfer id needs letters or digits to make a reference");
		}
		return TRANSFER_PREFIX + shortId.substring(0, Math.min(SHORT_ID_LENGTH, shortId.length()));
	}

	/**
	 * An uploaded file as received.
	 *
	 * @param name the file name the user gave it
	 * @param path where it is on disk
	 * @param sha256 lower-case hex SHA-256 taken when it was uploaded
	 */
	public record OriginalFile(String name, Path path, String sha256) {

		/**
		 * Checks the values.
		 *
		 * @throws NullPointerException if a value is null
		 */
		public OriginalFile {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(sha256, "sha256");
		}
	}

	/**
	 * Who uploaded the export.
	 *
	 * @param userKey their user key (Azure AD object id)
	 * @param displayName their display name
	 * @param principalName their UPN for the library's {@code NcccUploadedBy} column, or null to use the user key
	 */
	public record Uploader(String userKey, String displayName, String principalName) {

		/**
		 * Checks the values.
		 *
		 * @throws NullPointerException if {@code userKey} or {@code displayName} is null
		 */
		public Uploader {
			Objects.requireNonNull(userKey, "userKey");
			Objects.requireNonNull(displayName, "displayName");
		}
	}
}
