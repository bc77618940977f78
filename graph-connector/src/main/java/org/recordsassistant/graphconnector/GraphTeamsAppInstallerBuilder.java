package org.recordsassistant.graphconnector;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.Objects;

/**
 * Builds a {@link GraphTeamsAppInstaller}.
 */
public final class GraphTeamsAppInstallerBuilder {

    private GraphServiceClient graphClient;
    private String manifestId;

    /**
     * Creates a builder with no settings.
     */
    public GraphTeamsAppInstallerBuilder() {
    }

    /**
     * Sets the Graph client to use.
     *
     * @param graphClient a client from {@link GraphClientFactory}
     * @return this builder
     * @throws NullPointerException if {@code graphClient} is null
     */
    public GraphTeamsAppInstallerBuilder graphClient(GraphServiceClient graphClient) {
        this.graphClient = Objects.requireNonNull(graphClient, "graphClient must not be null");
        return this;
    }

    /**
     * Sets which app to install.
     *
     * @param manifestId the {@code id} in the app's Teams manifest (the catalog's {@code externalId})
     * @return this builder
     * @throws NullPointerException if {@code manifestId} is null
     */
    public GraphTeamsAppInstallerBuilder manifestId(String manifestId) {
        this.manifestId = Objects.requireNonNull(manifestId, "manifestId must not be null");
        return this;
    }

    /**
     * Builds the installer.
     *
     * @return a new installer
     * @throws IllegalStateException if the Graph client or the manifest id is missing
     */
    public GraphTeamsAppInstaller buildClient() {
        if (graphClient == null || manifestId == null || manifestId.isBlank()) {
            throw new IllegalStateException("set graphClient(...) and manifestId(...) before buildClient()");
        }
        return new GraphTeamsAppInstaller(graphClient, manifestId.strip());
    }
}
