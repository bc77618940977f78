package org.recordsassistant.graphconnector.models;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything needed to file one transfer as a record: the files, where they go and their metadata.
 *
 * @param transferId our id of the transfer; filing the same id again completes or returns the same record
 * @param reference the record reference, for example {@code NCCC-2026-000123}; letters, digits and hyphens
 * @param subject a short subject, used (sanitised) in the folder name
 * @param created when the record was created; its year (UTC, which is also UK time at New Year) picks the
 *     year folder
 * @param files the files, at least one; names must be unique
 * @param metadata the descriptive metadata
 */
public record RecordPackage(String transferId, String reference, String subject, Instant created,
        List<RecordFile> files, RecordMetadata metadata) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    /**
     * Checks the values and copies the list.
     *
     * @throws NullPointerException if any value is null
     * @throws IllegalArgumentException if the transfer id is blank, the reference has other characters than
     *     letters, digits and hyphens, there are no files, or two files share a name
     */
    public RecordPackage {
        Objects.requireNonNull(transferId, "transferId must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(created, "created must not be null");
        files = List.copyOf(Objects.requireNonNull(files, "files must not be null"));
        Objects.requireNonNull(metadata, "metadata must not be null");
        if (transferId.isBlank()) {
            throw new IllegalArgumentException("transferId must not be blank");
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("reference must be letters, digits and hyphens, up to 64 long");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one file");
        }
        Set<String> names = new HashSet<>();
        for (RecordFile file : files) {
            if (!names.add(file.name())) {
                throw new IllegalArgumentException("two files of the record share a name; give each a unique name");
            }
        }
    }

    /**
     * Returns the year folder of the record.
     *
     * @return the year of {@link #created()} in UTC
     */
    public int year() {
        return created.atZone(ZoneOffset.UTC).getYear();
    }

    /**
     * Describes the package without its subject or file names, so that it is safe to log.
     *
     * @return transfer id, reference and file count
     */
    @Override
    public String toString() {
        return "RecordPackage[transferId=" + transferId + ", reference=" + reference + ", files=" + files.size()
                + "]";
    }
}
