package org.recordsassistant.graphconnector.models;

import java.util.List;
import java.util.Objects;

/**
 * A record as filed in the records library.
 *
 * @param transferId the transfer the record came from
 * @param folderPath the folder, relative to the library root, for example
 *     {@code 2026/NCCC-2026-000123 Site visit arrangements}
 * @param webUrl where a person can open the folder
 * @param files the filed files
 * @param retentionLabel the retention label the library reports as applied, or null if none
 * @param recordLocked whether the library reports the files as locked records
 */
public record FiledRecord(String transferId, String folderPath, String webUrl, List<FiledFile> files,
        String retentionLabel, boolean recordLocked) {

    /**
     * Checks the values and copies the list.
     *
     * @throws NullPointerException if a value other than {@code retentionLabel} is null
     */
    public FiledRecord {
        Objects.requireNonNull(transferId, "transferId must not be null");
        Objects.requireNonNull(folderPath, "folderPath must not be null");
        Objects.requireNonNull(webUrl, "webUrl must not be null");
        files = List.copyOf(Objects.requireNonNull(files, "files must not be null"));
    }

    /**
     * Tells whether a retention label was applied.
     *
     * @return true if {@link #retentionLabel()} is set
     */
    public boolean retentionLabelApplied() {
        return retentionLabel != null;
    }
}
