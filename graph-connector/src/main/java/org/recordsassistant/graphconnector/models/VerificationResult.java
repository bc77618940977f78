package org.recordsassistant.graphconnector.models;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of re-reading a filed record's hashes from the library and comparing them with ours.
 *
 * @param transferId the transfer the record came from
 * @param filesChecked how many files were checked
 * @param problems one entry per file that is missing or whose hash differs; empty when the record is intact
 */
public record VerificationResult(String transferId, int filesChecked, List<FileProblem> problems) {

    /**
     * Checks the values and copies the list.
     *
     * @throws NullPointerException if any value is null
     */
    public VerificationResult {
        Objects.requireNonNull(transferId, "transferId must not be null");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
    }

    /**
     * Tells whether every file is present with the hash recorded when it was filed.
     *
     * @return true if there are no problems
     */
    public boolean passed() {
        return problems.isEmpty();
    }

    /**
     * What is wrong with a file.
     */
    public enum ProblemKind {
        /** The item is no longer in the library. */
        MISSING,
        /** The library reports a different hash from the one recorded at filing. */
        HASH_MISMATCH
    }

    /**
     * One file that failed verification.
     *
     * @param itemId the library's item id
     * @param kind what is wrong
     */
    public record FileProblem(String itemId, ProblemKind kind) {

        /**
         * Checks the values.
         *
         * @throws NullPointerException if any value is null
         */
        public FileProblem {
            Objects.requireNonNull(itemId, "itemId must not be null");
            Objects.requireNonNull(kind, "kind must not be null");
        }
    }
}
