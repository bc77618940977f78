package org.recordsassistant.graphconnector.models;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The descriptive metadata of a record, written to the library's columns (SharePoint) or to the
 * {@code record.json} sidecar (local folder).
 *
 * @param reference the record reference, for example {@code NCCC-2026-000123}
 * @param declarant who declared the use of the channel (display name or UPN)
 * @param channel the non-corporate channel, for example {@code WhatsApp}
 * @param counterparties the other participants, as they appear in the export
 * @param businessArea the business area whose Information Asset Owner is responsible
 * @param dateFrom time of the first message
 * @param dateTo time of the last message
 * @param messageCount number of messages in the conversation
 * @param classification the security classification, for example {@code OFFICIAL}
 * @param declarationReference the reference of the declaration this record belongs to
 * @param uploadedBy who uploaded the export (UPN)
 * @param uploadedAt when the export was uploaded
 * @param originalSha256 lower-case hex SHA-256 of the original export
 * @param retentionLabel the name of the retention label to apply, or null for the library's default
 */
public record RecordMetadata(String reference, String declarant, String channel, List<String> counterparties,
        String businessArea, Instant dateFrom, Instant dateTo, int messageCount, String classification,
        String declarationReference, String uploadedBy, Instant uploadedAt, String originalSha256,
        String retentionLabel) {

    /**
     * Checks the values and copies the list.
     *
     * @throws NullPointerException if a value other than {@code retentionLabel} is null
     * @throws IllegalArgumentException if {@code dateTo} is before {@code dateFrom} or the count is negative
     */
    public RecordMetadata {
        Objects.requireNonNull(reference, "reference must not be null");
        Objects.requireNonNull(declarant, "declarant must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        counterparties = List.copyOf(Objects.requireNonNull(counterparties, "counterparties must not be null"));
        Objects.requireNonNull(businessArea, "businessArea must not be null");
        Objects.requireNonNull(dateFrom, "dateFrom must not be null");
        Objects.requireNonNull(dateTo, "dateTo must not be null");
        Objects.requireNonNull(classification, "classification must not be null");
        Objects.requireNonNull(declarationReference, "declarationReference must not be null");
        Objects.requireNonNull(uploadedBy, "uploadedBy must not be null");
        Objects.requireNonNull(uploadedAt, "uploadedAt must not be null");
        Objects.requireNonNull(originalSha256, "originalSha256 must not be null");
        if (dateTo.isBefore(dateFrom)) {
            throw new IllegalArgumentException("dateTo must not be before dateFrom");
        }
        if (messageCount < 0) {
            throw new IllegalArgumentException("messageCount must not be negative");
        }
    }

    /**
     * Describes the metadata without personal data (declarant, counterparties, uploader), so that it is safe
     * to log.
     *
     * @return reference, channel, business area, message count and classification
     */
    @Override
    public String toString() {
        return "RecordMetadata[reference=" + reference + ", channel=" + channel + ", businessArea=" + businessArea
                + ", messageCount=" + messageCount + ", classification=" + classification + "]";
    }
}
