package org.recordsassistant.graphconnector;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recordsassistant.graphconnector.models.DirectoryUser;

/**
 * {@link Directory} from fixed data, for local mode and tests. Looks people up by object id or, ignoring case,
 * by user principal name.
 */
public final class StaticDirectory implements Directory {

    private final List<DirectoryUser> users;
    private final Map<String, String> managerIds;

    private StaticDirectory(List<DirectoryUser> users, Map<String, String> managerIds) {
        this.users = users;
        this.managerIds = managerIds;
    }

    /**
     * Creates a directory.
     *
     * @param users the people
     * @param managerIdByUserId each person's manager: object id of the person to object id of the manager
     * @return the directory
     * @throws NullPointerException if either argument, or an element, is null
     */
    public static StaticDirectory of(List<DirectoryUser> users, Map<String, String> managerIdByUserId) {
        return new StaticDirectory(List.copyOf(users), Map.copyOf(managerIdByUserId));
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Optional<DirectoryUser> findUser(String aadObjectIdOrUpn) {
        String id = GraphDirectory.checkId(aadObjectIdOrUpn);
        return users.stream().filter(u -> u.id().equals(id) || u.userPrincipalName() != null
                && u.userPrincipalName().toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public Optional<DirectoryUser> findManager(String aadObjectIdOrUpn) {
        return findUser(aadObjectIdOrUpn).map(u -> managerIds.get(u.id())).filter(Objects::nonNull)
                .flatMap(this::findUser);
    }
}
