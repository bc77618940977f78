package org.recordsassistant.graphconnector;

import com.microsoft.kiota.ApiException;
import java.util.Set;

/**
 * Turns Graph SDK failures into {@link RecordsLibraryException}s that carry the HTTP status and Graph
 * request id, and never the service's error text (which can echo file names).
 */
final class GraphErrors {

    static final int NOT_FOUND = 404;
    static final int CONFLICT = 409;

    private GraphErrors() {
    }

    static RecordsLibraryException translate(ApiException e, String action) {
        int status = e.getResponseStatusCode();
        String requestId = requestId(e);
        return new RecordsLibraryException("Microsoft Graph refused to " + action + " (HTTP " + status
                + (requestId == null ? "" : ", request-id " + requestId) + "); check the app's Graph permissions "
                + "and the configured ids, then retry", status, requestId, e);
    }

    /**
     * For failures the SDK does not report as {@link ApiException}: timeouts, broken connections, and error
     * pages that are not JSON (Kiota cannot parse them into an OData error).
     */
    static RecordsLibraryException unexpected(RuntimeException e, String action) {
        if (e instanceof RecordsLibraryException known) {
            return known;
        }
        if (e instanceof ApiException api) {
            return translate(api, action);
        }
        return new RecordsLibraryException("could not " + action + ": Microsoft Graph did not answer in time, the "
                + "connection failed, or the answer was not Graph's; retry later", e);
    }

    static String requestId(ApiException e) {
        if (e.getResponseHeaders() == null) {
            return null;
        }
        Set<String> values = e.getResponseHeaders().get("request-id");
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
