package org.recordsassistant.graphconnector;

/**
 * The hash of a file in the library differs from the hash of the bytes we sent, or a local file no longer
 * matches the SHA-256 it was declared with. The record must not be treated as filed. Carries the item id and
 * both hashes, never content.
 */
public class HashMismatchException extends RecordsLibraryException {

    private static final long serialVersionUID = 1L;

    private final String itemId;
    private final String expectedHash;
    private final String actualHash;

    /**
     * Creates the exception.
     *
     * @param itemId the library's item id (or, before upload, a neutral file index)
     * @param expectedHash the hash of the bytes we meant to file
     * @param actualHash the hash the library (or the disk) reports
     */
    public HashMismatchException(String itemId, String expectedHash, String actualHash) {
        super("hash mismatch on item " + itemId + ": expected " + expectedHash + " but found " + actualHash
                + "; the file was not filed intact, file the transfer again", 0, null, null);
        this.itemId = itemId;
        this.expectedHash = expectedHash;
        this.actualHash = actualHash;
    }

    /**
     * Returns the item whose hash differs.
     *
     * @return the item id
     */
    public String getItemId() {
        return itemId;
    }

    /**
     * Returns the hash of the bytes we meant to file.
     *
     * @return the expected hash
     */
    public String getExpectedHash() {
        return expectedHash;
    }

    /**
     * Returns the hash found.
     *
     * @return the actual hash
     */
    public String getActualHash() {
        return actualHash;
    }
}
