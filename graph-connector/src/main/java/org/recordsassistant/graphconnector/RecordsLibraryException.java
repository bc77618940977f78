package org.recordsassistant.graphconnector;

/**
 * A records library operation failed. Carries the HTTP status and the Graph request id when the failure came
 * from Microsoft Graph, so that support can trace it; it never carries file names, content or personal data.
 */
public class RecordsLibraryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String requestId;

    /**
     * Creates an exception for a failure that did not come from an HTTP response.
     *
     * @param message what failed and what to do next
     * @param cause the underlying failure, or null
     */
    public RecordsLibraryException(String message, Throwable cause) {
        this(message, 0, null, cause);
    }

    /**
     * Creates an exception for a failed HTTP call.
     *
     * @param message what failed and what to do next
     * @param statusCode the HTTP status, or 0 if there was no response
     * @param requestId the Graph {@code request-id} response header, or null
     * @param cause the underlying failure, or null
     */
    public RecordsLibraryException(String message, int statusCode, String requestId, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
    }

    /**
     * Returns the HTTP status of the failed call.
     *
     * @return the status, or 0 if the failure did not come from an HTTP response
     */
    public int getStatusCode() {
        return statusCode;
    }

    /**
     * Returns the Graph request id of the failed call, to quote to Microsoft support.
     *
     * @return the request id, or null if unknown
     */
    public String getRequestId() {
        return requestId;
    }
}
