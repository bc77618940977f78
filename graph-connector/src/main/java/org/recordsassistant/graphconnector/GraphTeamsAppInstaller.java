package org.recordsassistant.graphconnector;

import com.microsoft.graph.models.TeamsApp;
import com.microsoft.graph.models.TeamsAppCollectionResponse;
import com.microsoft.graph.models.UserScopeTeamsAppInstallation;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TeamsAppInstaller} over Graph (tech-notes §4): finds the app in the organisation's catalog by its
 * manifest id ({@code appCatalogs/teamsApps?$filter=externalId eq '...'}), then posts to
 * {@code users/{id}/teamwork/installedApps}. Needs the application permission
 * TeamsAppInstallation.ReadWriteSelfForUser.All, and the manifest's {@code webApplicationInfo}. A 409 means the
 * app was installed already. Build with {@link GraphTeamsAppInstallerBuilder}.
 */
public final class GraphTeamsAppInstaller implements TeamsAppInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(GraphTeamsAppInstaller.class);

    private final GraphServiceClient graph;
    private final String manifestId;
    private volatile String catalogId;

    GraphTeamsAppInstaller(GraphServiceClient graph, String manifestId) {
        this.graph = graph;
        this.manifestId = manifestId;
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if the app is not in the catalog, or Graph refuses the installation
     */
    @Override
    public boolean installForUser(String aadObjectId) {
        String userId = GraphDirectory.checkId(aadObjectId);
        UserScopeTeamsAppInstallation installation = new UserScopeTeamsAppInstallation();
        installation.getAdditionalData().put("teamsApp@odata.bind",
                graph.getRequestAdapter().getBaseUrl() + "/appCatalogs/teamsApps/" + catalogId());
        try {
            graph.users().byUserId(userId).teamwork().installedApps().post(installation);
        } catch (ApiException e) {
            if (e.getResponseStatusCode() == GraphErrors.CONFLICT) {
                return true;
            }
            LOG.warn("Teams app installation failed with HTTP {}", e.getResponseStatusCode());
            throw GraphErrors.translate(e, "install the Teams app for a user");
        } catch (RuntimeException e) {
            throw GraphErrors.unexpected(e, "install the Teams app for a user");
        }
        LOG.info("Teams app installed for one user");
        return true;
    }

    private String catalogId() {
        String known = catalogId;
        if (known != null) {
            return known;
        }
        TeamsAppCollectionResponse found;
        try {
            found = graph.appCatalogs().teamsApps().get(request ->
                    request.queryParameters.filter = "externalId eq '" + manifestId.replace("'", "''") + "'");
        } catch (ApiException e) {
            throw GraphErrors.translate(e, "find the Teams app in the organisation's catalog");
        } catch (RuntimeException e) {
            throw GraphErrors.unexpected(e, "find the Teams app in the organisation's catalog");
        }
        List<TeamsApp> apps = found == null || found.getValue() == null ? List.of() : found.getValue();
        if (apps.isEmpty() || apps.get(0).getId() == null) {
            throw new RecordsLibraryException("The Teams app with manifest id " + manifestId + " is not in the "
                    + "organisation's app catalog; upload it in the Teams admin centre, then retry", 404, null, null);
        }
        catalogId = apps.get(0).getId();
        return catalogId;
    }
}
