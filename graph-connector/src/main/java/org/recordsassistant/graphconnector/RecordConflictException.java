package org.recordsassistant.graphconnector;

/**
 * The library already holds something that stops the record being filed as asked: for example every
 * candidate name for a file is taken, or a transfer id is already filed under another reference.
 */
public class RecordConflictException extends RecordsLibraryException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what conflicts and what to do next
     * @param statusCode the HTTP status, or 0 if the conflict was not reported by HTTP
     * @param requestId the Graph request id, or null
     */
    public RecordConflictException(String message, int statusCode, String requestId) {
        super(message, statusCode, requestId, null);
    }
}
