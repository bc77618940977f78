package org.recordsassistant.graphconnector.models;

import java.util.Objects;
import java.util.Optional;

/**
 * A person in the organisation's directory.
 *
 * @param id the Entra (AAD) object id
 * @param displayName the display name, or null
 * @param mail the mail address, or null
 * @param userPrincipalName the UPN, or null
 * @param jobTitle the job title, or null
 * @param department the department, or null
 */
public record DirectoryUser(String id, String displayName, String mail, String userPrincipalName, String jobTitle,
        String department) {

    /**
     * Checks the id.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public DirectoryUser {
        Objects.requireNonNull(id, "id must not be null");
    }

    /**
     * The address to email this person at: the mail address, or else the UPN (the sign-in address, which
     * Exchange usually accepts too).
     *
     * @return the address, or empty when neither is set
     */
    public Optional<String> emailAddress() {
        if (mail != null && !mail.isBlank()) {
            return Optional.of(mail);
        }
        return Optional.ofNullable(userPrincipalName).filter(upn -> !upn.isBlank());
    }

    /**
     * Describes the person by object id only, so that it is safe to log.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return "DirectoryUser[id=" + id + "]";
    }
}
