package org.recordsassistant.graphconnector;

import java.util.Optional;
import org.recordsassistant.graphconnector.models.DirectoryUser;

/**
 * Port to the organisation's directory: who someone is and who their manager is.
 */
public interface Directory {

    /**
     * Looks a person up.
     *
     * @param aadObjectIdOrUpn the Entra object id or the user principal name
     * @return the person, or empty if the directory does not know them
     * @throws RecordsLibraryException if the directory cannot be reached or refuses the request
     * @throws IllegalArgumentException if the id is blank
     * @throws NullPointerException if the id is null
     */
    Optional<DirectoryUser> findUser(String aadObjectIdOrUpn);

    /**
     * Looks up a person's manager.
     *
     * @param aadObjectIdOrUpn the Entra object id or the user principal name of the person
     * @return the manager, or empty if the person or their manager is unknown
     * @throws RecordsLibraryException if the directory cannot be reached or refuses the request
     * @throws IllegalArgumentException if the id is blank
     * @throws NullPointerException if the id is null
     */
    Optional<DirectoryUser> findManager(String aadObjectIdOrUpn);
}
