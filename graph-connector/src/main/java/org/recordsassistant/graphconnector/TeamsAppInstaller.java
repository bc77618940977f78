package org.recordsassistant.graphconnector;

/**
 * Port: installs the bot's Teams app for a person, so the bot can open a 1:1 chat with someone who never
 * talked to it (the Bot Connector refuses to create that conversation until the app is installed for them).
 */
public interface TeamsAppInstaller {

    /** Installs nothing: proactive installation is not configured. */
    TeamsAppInstaller NONE = aadObjectId -> false;

    /**
     * Installs the app in the person's personal scope.
     *
     * @param aadObjectId the person's Entra object id
     * @return true when the app is now installed for them (installed here, or it already was); false when
     *         this installer does not install apps
     * @throws RecordsLibraryException if Graph refuses or cannot be reached
     * @throws IllegalArgumentException if the id is blank
     * @throws NullPointerException if the id is null
     */
    boolean installForUser(String aadObjectId);
}
