package org.recordsassistant.graphconnector;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.Objects;

/**
 * Builds a {@link GraphDirectory} on a Graph client made by {@link GraphClientFactory}, which can be shared
 * with {@link GraphMailerBuilder}.
 */
public final class GraphDirectoryBuilder {

    private GraphServiceClient graphClient;

    /**
     * Creates a builder with no settings.
     */
    public GraphDirectoryBuilder() {
    }

    /**
     * Sets the Graph client to use.
     *
     * @param graphClient a client from {@link GraphClientFactory}
     * @return this builder
     * @throws NullPointerException if {@code graphClient} is null
     */
    public GraphDirectoryBuilder graphClient(GraphServiceClient graphClient) {
        this.graphClient = Objects.requireNonNull(graphClient, "graphClient must not be null");
        return this;
    }

    /**
     * Builds the directory.
     *
     * @return a new directory
     * @throws IllegalStateException if no Graph client was set
     */
    public GraphDirectory buildClient() {
        if (graphClient == null) {
            throw new IllegalStateException("set graphClient(...) before buildClient()");
        }
        return new GraphDirectory(graphClient);
    }
}
