package org.recordsassistant.graphconnector.models;

/**
 * What a file contributes to a record.
 */
public enum FileRole {
    /** The export exactly as the member of staff supplied it (for example the WhatsApp {@code .zip}). */
    ORIGINAL,
    /** The conversation parsed into our normalised JSON form. */
    NORMALISED_JSON,
    /** A human-readable PDF transcript of the conversation. */
    TRANSCRIPT_PDF,
    /** A media file or document that was attached to the conversation. */
    ATTACHMENT,
    /** The manifest listing every file of the record with its hash. */
    MANIFEST
}
