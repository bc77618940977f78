package org.recordsassistant.graphconnector;

import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.recordsassistant.graphconnector.models.DirectoryUser;

/**
 * {@link Directory} over Microsoft Graph: {@code users/{id}} and {@code users/{id}/manager}, selecting only the
 * properties we need. Needs User.Read.All (application). Build with {@link GraphDirectoryBuilder}.
 */
public final class GraphDirectory implements Directory {

    private static final String[] SELECT = {"id", "displayName", "mail", "userPrincipalName", "jobTitle",
        "department"};

    private final GraphServiceClient graph;

    GraphDirectory(GraphServiceClient graph) {
        this.graph = graph;
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if Graph refuses the request for another reason than 404
     */
    @Override
    public Optional<DirectoryUser> findUser(String aadObjectIdOrUpn) {
        String id = checkId(aadObjectIdOrUpn);
        return call(() -> graph.users().byUserId(id).get(config -> config.queryParameters.select = SELECT))
                .map(GraphDirectory::toUser);
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if Graph refuses the request for another reason than 404
     */
    @Override
    public Optional<DirectoryUser> findManager(String aadObjectIdOrUpn) {
        String id = checkId(aadObjectIdOrUpn);
        Optional<DirectoryObject> manager = call(() -> graph.users().byUserId(id).manager()
                .get(config -> config.queryParameters.select = SELECT));
        return manager.filter(User.class::isInstance).map(User.class::cast).map(GraphDirectory::toUser);
    }

    private static <T> Optional<T> call(Supplier<T> request) {
        try {
            return Optional.ofNullable(request.get());
        } catch (ApiException e) {
            if (e.getResponseStatusCode() == GraphErrors.NOT_FOUND) {
                return Optional.empty();
            }
            throw GraphErrors.translate(e, "read the directory");
        } catch (RuntimeException e) {
            throw GraphErrors.unexpected(e, "read the directory");
        }
    }

    static String checkId(String id) {
        Objects.requireNonNull(id, "aadObjectIdOrUpn must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("aadObjectIdOrUpn must not be blank");
        }
        return id;
    }

    private static DirectoryUser toUser(User user) {
        return new DirectoryUser(user.getId(), user.getDisplayName(), user.getMail(), user.getUserPrincipalName(),
                user.getJobTitle(), user.getDepartment());
    }
}
