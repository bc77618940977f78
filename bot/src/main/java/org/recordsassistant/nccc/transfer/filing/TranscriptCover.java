package org.recordsassistant.nccc.transfer.filing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the transcript's cover page states besides what the conversation JSON itself says (counts, date range,
 * parser version, which the renderer reads from the JSON).
 *
 * @param reference the record reference
 * @param declarant who declared the use of the channel
 * @param channel the channel, for example {@code WhatsApp}
 * @param counterparties the other participants as declared
 * @param businessArea the business area
 * @param classification the security classification
 * @param declarationReference the declaration's reference, or null when there is none
 * @param uploadedByName display name of the person who uploaded the export
 * @param uploadedByKey their user key (Azure AD object id)
 * @param uploadedAt when the export was uploaded
 * @param originals name and SHA-256 of each original file
 * @param conversationSha256 SHA-256 of the conversation JSON being rendered
 * @param createdAt when the record package is made
 */
public record TranscriptCover(String reference, String declarant, String channel, List<String> counterparties,
		String businessArea, String classification, String declarationReference, String uploadedByName,
		String uploadedByKey, Instant uploadedAt, List<FileDigest> originals, String conversationSha256,
		Instant createdAt) {

	/**
	 * Checks the values and copies the lists.
	 *
	 * @throws NullPointerException if a value other than {@code declarationReference} is null
	 */
	public TranscriptCover {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(declarant, "declarant");
		Objects.requireNonNull(channel, "channel");
		counterparties = List.copyOf(counterparties);
		Objects.requireNonNull(businessArea, "businessArea");
		Objects.requireNonNull(classification, "classification");
		Objects.requireNonNull(uploadedByName, "uploadedByName");
		Objects.requireNonNull(uploadedByKey, "uploadedByKey");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
		originals = List.copyOf(originals);
		Objects.requireNonNull(conversationSha256, "conversationSha256");
		Objects.requireNonNull(createdAt, "createdAt");
	}

	/**
	 * A file name with its SHA-256.
	 *
	 * @param name the file name
	 * @param sha256 lower-case hex SHA-256
	 */
	public record FileDigest(String name, String sha256) {

		/**
		 * Checks the values.
		 *
		 * @throws NullPointerException if a value is null
		 */
		public FileDigest {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(sha256, "sha256");
		}
	}
}
