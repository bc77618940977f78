package org.recordsassistant.graphconnector;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds a {@link SharePointRecordsLibrary}.
 *
 * <pre>{@code
 * RecordsLibrary library = new SharePointRecordsLibraryBuilder()
 *         .credential(GraphClientFactory.credential(CredentialSettings.managedIdentity(null)))
 *         .siteId("contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE")
 *         .driveId("b!BCZxLHATh0. . .")
 *         .retentionLabel("NCCC record - 7 years")
 *         .buildClient();
 * }</pre>
 */
public final class SharePointRecordsLibraryBuilder {

    /** Slice sizes must be a multiple of 320 KiB. */
    public static final long SLICE_UNIT = 327_680;
    /** Slices must be smaller than 60 MiB. */
    public static final long MAX_SLICE_SIZE = 60L * 1024 * 1024;

    private TokenCredential credential;
    private AuthenticationProvider authenticationProvider;
    private String endpoint = GraphClientFactory.DEFAULT_ENDPOINT;
    private String siteId;
    private String driveId;
    private String listId;
    private String retentionLabel;
    private long largeFileThreshold = 4L * 1024 * 1024;
    // The top of Microsoft's recommended 5-10 MiB: each slice is a round trip that stops the stream, and the
    // 1 GB benchmark files about a third faster than with 5 MiB. Slices are streamed from the file, so their size
    // does not change the memory an upload needs; a smaller slice costs less to send again on a poor link.
    private long sliceSize = 32 * SLICE_UNIT;
    private int maxRetries = 3;
    private int maxResumes = 5;
    private Duration timeout = Duration.ofSeconds(60);
    private UploadProgressListener progressListener = UploadProgressListener.NONE;

    /**
     * Creates a builder with the defaults: Graph v1.0 endpoint, 4 MiB large-file threshold, 10 MiB slices,
     * 3 retries, 5 session resumes and a 60 second timeout.
     */
    public SharePointRecordsLibraryBuilder() {
    }

    /**
     * Sets the credential used to get Graph tokens; see {@link GraphClientFactory#credential(CredentialSettings)}.
     *
     * @param credential the credential
     * @return this builder
     * @throws NullPointerException if {@code credential} is null
     */
    public SharePointRecordsLibraryBuilder credential(TokenCredential credential) {
        this.credential = Objects.requireNonNull(credential, "credential must not be null");
        return this;
    }

    /**
     * Sets a Kiota authentication provider to use instead of a credential, for example
     * {@code new AnonymousAuthenticationProvider()} against a fake Graph in tests.
     *
     * @param authenticationProvider the provider
     * @return this builder
     * @throws NullPointerException if {@code authenticationProvider} is null
     */
    public SharePointRecordsLibraryBuilder authenticationProvider(AuthenticationProvider authenticationProvider) {
        this.authenticationProvider = Objects.requireNonNull(authenticationProvider,
                "authenticationProvider must not be null");
        return this;
    }

    /**
     * Sets the Graph base URL.
     *
     * @param endpoint the base URL; default {@value GraphClientFactory#DEFAULT_ENDPOINT}
     * @return this builder
     * @throws NullPointerException if {@code endpoint} is null
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public SharePointRecordsLibraryBuilder endpoint(String endpoint) {
        GraphClientFactory.endpointUri(endpoint);
        this.endpoint = endpoint;
        return this;
    }

    /**
     * Sets the id of the records site.
     *
     * @param siteId the Graph site id
     * @return this builder
     * @throws NullPointerException if {@code siteId} is null
     */
    public SharePointRecordsLibraryBuilder siteId(String siteId) {
        this.siteId = Objects.requireNonNull(siteId, "siteId must not be null");
        return this;
    }

    /**
     * Sets the id of the records library's drive.
     *
     * @param driveId the Graph drive id
     * @return this builder
     * @throws NullPointerException if {@code driveId} is null
     */
    public SharePointRecordsLibraryBuilder driveId(String driveId) {
        this.driveId = Objects.requireNonNull(driveId, "driveId must not be null");
        return this;
    }

    /**
     * Sets the id of the library's list. Optional: without it the list id is read from Graph.
     *
     * @param listId the SharePoint list id
     * @return this builder
     * @throws NullPointerException if {@code listId} is null
     */
    public SharePointRecordsLibraryBuilder listId(String listId) {
        this.listId = Objects.requireNonNull(listId, "listId must not be null");
        return this;
    }

    /**
     * Sets the retention label applied when a package's metadata names none. Optional: without one (and
     * without a label in the metadata) no label is applied.
     *
     * @param retentionLabel the label name
     * @return this builder
     * @throws NullPointerException if {@code retentionLabel} is null
     */
    public SharePointRecordsLibraryBuilder retentionLabel(String retentionLabel) {
        this.retentionLabel = Objects.requireNonNull(retentionLabel, "retentionLabel must not be null");
        return this;
    }

    /**
     * Sets the size above which files go through an upload session instead of a single PUT.
     *
     * @param bytes the threshold; default 4 MiB
     * @return this builder
     * @throws IllegalArgumentException if negative or above 250 MiB (Graph's limit for a single PUT)
     */
    public SharePointRecordsLibraryBuilder largeFileThreshold(long bytes) {
        if (bytes < 0 || bytes > 250L * 1024 * 1024) {
            throw new IllegalArgumentException("largeFileThreshold must be between 0 and 250 MiB");
        }
        this.largeFileThreshold = bytes;
        return this;
    }

    /**
     * Sets the slice size of upload sessions. Slices are streamed from the file, so the size does not change the
     * memory an upload needs.
     *
     * @param bytes a positive multiple of {@value #SLICE_UNIT} bytes (320 KiB), below 60 MiB; default 10 MiB
     * @return this builder
     * @throws IllegalArgumentException if not a positive multiple of 320 KiB or not below 60 MiB
     */
    public SharePointRecordsLibraryBuilder sliceSize(long bytes) {
        if (bytes <= 0 || bytes % SLICE_UNIT != 0) {
            throw new IllegalArgumentException("sliceSize must be a positive multiple of 327,680 bytes (320 KiB)");
        }
        if (bytes >= MAX_SLICE_SIZE) {
            throw new IllegalArgumentException("sliceSize must be below 60 MiB");
        }
        this.sliceSize = bytes;
        return this;
    }

    /**
     * Sets how often a call answered with 429, 503 or 504 is retried, honouring {@code Retry-After}.
     *
     * @param maxRetries 0 to 10; default 3
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public SharePointRecordsLibraryBuilder maxRetries(int maxRetries) {
        GraphClientFactory.checkRetries(maxRetries);
        this.maxRetries = maxRetries;
        return this;
    }

    /**
     * Sets how often an upload session is resumed after a slice finally fails.
     *
     * @param maxResumes 0 or more; default 5
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public SharePointRecordsLibraryBuilder maxResumes(int maxResumes) {
        if (maxResumes < 0) {
            throw new IllegalArgumentException("maxResumes must not be negative");
        }
        this.maxResumes = maxResumes;
        return this;
    }

    /**
     * Sets the connect, read and write timeout of every HTTP call.
     *
     * @param timeout a positive duration; default 60 seconds
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if not positive
     */
    public SharePointRecordsLibraryBuilder timeout(Duration timeout) {
        GraphClientFactory.checkTimeout(timeout);
        this.timeout = timeout;
        return this;
    }

    /**
     * Sets a listener told how far each upload has got. Optional.
     *
     * @param progressListener the listener
     * @return this builder
     * @throws NullPointerException if {@code progressListener} is null
     */
    public SharePointRecordsLibraryBuilder progressListener(UploadProgressListener progressListener) {
        this.progressListener = Objects.requireNonNull(progressListener, "progressListener must not be null");
        return this;
    }

    /**
     * Builds a new library from the settings.
     *
     * @return a new library
     * @throws IllegalStateException if neither a credential nor an authentication provider is set, if both are,
     *     or if the site id or drive id is missing
     */
    public SharePointRecordsLibrary buildClient() {
        if (credential == null && authenticationProvider == null) {
            throw new IllegalStateException("set credential(...) before buildClient()");
        }
        if (credential != null && authenticationProvider != null) {
            throw new IllegalStateException("set either credential(...) or authenticationProvider(...), not both");
        }
        if (siteId == null || driveId == null) {
            throw new IllegalStateException("set siteId(...) and driveId(...) of the records library before "
                    + "buildClient()");
        }
        GraphServiceClient graph = credential != null
                ? GraphClientFactory.createClient(credential, endpoint, timeout, maxRetries)
                : GraphClientFactory.createClient(authenticationProvider, endpoint, timeout, maxRetries);
        GraphDrive drive = new GraphDrive(graph, siteId, driveId, listId, largeFileThreshold, sliceSize,
                maxResumes);
        return new SharePointRecordsLibrary(drive, retentionLabel, progressListener);
    }
}
