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
 * @param sha256 lower-case hex SHA-256 of the bytes
 * @param quickXorHash Base64 QuickXorHash of the bytes, taken when the package was built, or null. When it is
 *     given, the library compares it with the hash Graph reports for what arrived, and does not read and hash the
 *     file a second time; when it is null, the library hashes the file while uploading it and checks the SHA-256.
 * @param contentType the media type, for example {@code application/zip}
 * @param role what the file contributes to the record
 */
public record RecordFile(String name, Path path, long size, String sha256, String quickXorHash, String contentType,
        FileRole role) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern QUICK_XOR_BASE64 = Pattern.compile("[A-Za-z0-9+/]{27}=");

    /**
     * Checks the values.
     *
     * @throws NullPointerException if any value but {@code quickXorHash} is null
     * @throws IllegalArgumentException if the name is blank, the size negative, the SHA-256 not 64 hex digits or
     *     the QuickXorHash not 20 bytes in Base64
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
        if (quickXorHash != null && !QUICK_XOR_BASE64.matcher(quickXorHash).matches()) {
            throw new IllegalArgumentException("quickXorHash must be 20 bytes in Base64");
        }
    }

    /**
     * A file without a QuickXorHash: the library hashes it while filing.
     *
     * @param name the file name to use in the library
     * @param path where the bytes are on local disk
     * @param size the length in bytes
     * @param sha256 lower-case hex SHA-256 of the bytes
     * @param contentType the media type
     * @param role what the file contributes to the record
     */
    public RecordFile(String name, Path path, long size, String sha256, String contentType, FileRole role) {
        this(name, path, size, sha256, null, contentType, role);
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
