package org.recordsassistant.nccc.transfer;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One transfer as stored in {@code transfer_job}. {@code fileName} can contain a person's name: never log it.
 *
 * @param id the transfer id (a UUID)
 * @param userKey who sent it ({@code Sender.userKey()}); only they may confirm or cancel
 * @param status where it is
 * @param mode what was taken in
 * @param fileName the sanitised name of the uploaded file ({@code note.txt} for a note)
 * @param fileSize bytes of the original, null until downloaded
 * @param sha256 lower-case hex SHA-256 of the original as received, null until downloaded
 * @param jobFolder the job's folder under {@code nccc.transfer.work-dir}
 * @param originalPath the original file inside the job folder, null until downloaded
 * @param jsonPath the normalised conversation JSON, null for {@link TransferMode#AS_IS}
 * @param sourceFormat the JSON's {@code source.format} ({@code whatsapp-ios}, {@code email}, ...), null when none
 * @param eventCount entries in the JSON's messages array
 * @param messageCount messages written by people
 * @param participantCount people listed
 * @param attachmentsPresent attachments that came with the upload
 * @param attachmentsMissing attachments referenced but not included
 * @param warningCount warnings shown on the preview
 * @param firstTimestamp earliest message, null when none
 * @param lastTimestamp latest message, null when none
 * @param dateOrder the date order applied ({@code DAY_FIRST}...), null when none
 * @param dateOrderAmbiguous whether the user's locale decided it
 * @param declarationReference the declaration chosen on confirm ({@code NCCC-2026-000123}), null for none
 * @param businessArea the business area key chosen on confirm
 * @param failureReason for REJECTED/FAILED, a reason code (never text from the file)
 */
public record TransferJob(String id, String userKey, TransferStatus status, TransferMode mode, String fileName,
		Long fileSize, String sha256, Path jobFolder, Path originalPath, Path jsonPath, String sourceFormat,
		Long eventCount, Long messageCount, Integer participantCount, Long attachmentsPresent,
		Long attachmentsMissing, Integer warningCount, OffsetDateTime firstTimestamp, OffsetDateTime lastTimestamp,
		String dateOrder, Boolean dateOrderAmbiguous, String declarationReference, String businessArea,
		String failureReason, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
