package org.recordsassistant.nccc.transfer.filing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.recordsassistant.graphconnector.models.FileRole;

/**
 * The contents of a record's {@code manifest.json}: every other file of the record with its hash, and where
 * the record came from. The manifest does not list itself (a file cannot contain its own hash).
 *
 * @param transferId the transfer the record was made from
 * @param reference the record reference
 * @param declarationReference the declaration's reference, or null when there is none
 * @param createdAt when the record package was made
 * @param uploadedByKey the uploader's user key (Azure AD object id)
 * @param uploadedByName the uploader's display name
 * @param uploadedAt when the export was uploaded
 * @param parserVersion the version of the parser that wrote the conversation JSON
 * @param conversationSchemaVersion the conversation JSON's schema version
 * @param botVersion the version of the bot that built the package
 * @param files the files, in package order
 */
public record RecordManifest(String transferId, String reference, String declarationReference, Instant createdAt,
		String uploadedByKey, String uploadedByName, Instant uploadedAt, String parserVersion,
		String conversationSchemaVersion, String botVersion, List<Entry> files) {

	/**
	 * Checks the values and copies the list.
	 *
	 * @throws NullPointerException if a value other than {@code declarationReference} is null
	 */
	public RecordManifest {
		Objects.requireNonNull(transferId, "transferId");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(uploadedByKey, "uploadedByKey");
		Objects.requireNonNull(uploadedByName, "uploadedByName");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
		Objects.requireNonNull(parserVersion, "parserVersion");
		Objects.requireNonNull(conversationSchemaVersion, "conversationSchemaVersion");
		Objects.requireNonNull(botVersion, "botVersion");
		files = List.copyOf(files);
	}

	/**
	 * One file of the record.
	 *
	 * @param name the file name in the record
	 * @param role what the file contributes
	 * @param size length in bytes
	 * @param sha256 lower-case hex SHA-256
	 * @param contentType the media type
	 */
	public record Entry(String name, FileRole role, long size, String sha256, String contentType) {

		/**
		 * Checks the values.
		 *
		 * @throws NullPointerException if a value is null
		 */
		public Entry {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(role, "role");
			Objects.requireNonNull(sha256, "sha256");
			Objects.requireNonNull(contentType, "contentType");
		}
	}
}
