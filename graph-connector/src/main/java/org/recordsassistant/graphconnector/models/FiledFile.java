package org.recordsassistant.graphconnector.models;

import java.util.Objects;

/**
 * One file as it was filed in the records library.
 *
 * @param name the name in the library (may differ from the package's after a name conflict)
 * @param itemId the library's id of the item (drive item id in SharePoint, relative path for a local folder)
 * @param size the length in bytes
 * @param sha256 lower-case hex SHA-256, as computed while filing
 * @param quickXorHash the Base64 QuickXorHash, computed by us and confirmed by the library
 * @param webUrl where a person can open the file
 * @param role what the file contributes to the record
 */
public record FiledFile(String name, String itemId, long size, String sha256, String quickXorHash, String webUrl,
        FileRole role) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if any value is null
     */
    public FiledFile {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(itemId, "itemId must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        Objects.requireNonNull(quickXorHash, "quickXorHash must not be null");
        Objects.requireNonNull(webUrl, "webUrl must not be null");
        Objects.requireNonNull(role, "role must not be null");
    }

    /**
     * Describes the filed file without its name or URL, so that it is safe to log.
     *
     * @return item id, role, size and hashes
     */
    @Override
    public String toString() {
        return "FiledFile[itemId=" + itemId + ", role=" + role + ", size=" + size + ", sha256=" + sha256
                + ", quickXorHash=" + quickXorHash + "]";
    }
}
