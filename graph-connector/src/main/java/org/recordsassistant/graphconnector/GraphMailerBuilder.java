package org.recordsassistant.graphconnector;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import java.util.Objects;

/**
 * Builds a {@link GraphMailer}.
 */
public final class GraphMailerBuilder {

    private GraphServiceClient graphClient;
    private String sender;

    /**
     * Creates a builder with no settings.
     */
    public GraphMailerBuilder() {
    }

    /**
     * Sets the Graph client to use.
     *
     * @param graphClient a client from {@link GraphClientFactory}
     * @return this builder
     * @throws NullPointerException if {@code graphClient} is null
     */
    public GraphMailerBuilder graphClient(GraphServiceClient graphClient) {
        this.graphClient = Objects.requireNonNull(graphClient, "graphClient must not be null");
        return this;
    }

    /**
     * Sets the mailbox the mail is sent from.
     *
     * @param sender the sender's object id or UPN, for example {@code records-assistant@example.gov.uk}
     * @return this builder
     * @throws NullPointerException if {@code sender} is null
     */
    public GraphMailerBuilder sender(String sender) {
        this.sender = Objects.requireNonNull(sender, "sender must not be null");
        return this;
    }

    /**
     * Builds the mailer.
     *
     * @return a new mailer
     * @throws IllegalStateException if the Graph client or the sender is missing
     */
    public GraphMailer buildClient() {
        if (graphClient == null || sender == null || sender.isBlank()) {
            throw new IllegalStateException("set graphClient(...) and sender(...) before buildClient()");
        }
        return new GraphMailer(graphClient, sender);
    }
}
