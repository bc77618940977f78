package org.recordsassistant.graphconnector.models;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One local file to be filed as part of a {@link RecordPackage}. The library streams it from {@code path};
 * it never loads the whole file into memory.
 *
 * @param name the file name to use in the library (sanitised by the library before use)
 * @param path where the bytes are on local disk
 * @param size the length in bytes
 * @param sha256 lower-case hex SHA-256 of the bytes, checked again while filing
 * @param contentType the media type, for example {@code application/zip}
 * @param role what the file contributes to the record
 */
public record RecordFile(String name, Path path, long size, String sha256, String contentType, FileRole role) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the values.
     *
     * @throws NullPointerException if any value is null
     * @throws IllegalArgumentException if the name is blank, the size negative or the hash not 64 hex digits
     */
    public RecordFile {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        Objects.requireNonNull(contentType, "contentType must not be null");
        Objects.requireNonNull(role, "role must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits");
        }
    }

    /**
     * Describes the file without its name or path, so that it is safe to log.
     *
     * @return role, size and hash
     */
    @Override
    public String toString() {
        return "RecordFile[role=" + role + ", size=" + size + ", sha256=" + sha256 + "]";
    }
}
