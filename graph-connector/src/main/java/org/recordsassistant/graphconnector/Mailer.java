package org.recordsassistant.graphconnector;

import org.recordsassistant.graphconnector.models.MailMessage;

/**
 * Port for sending mail, used as the fallback when an Information Asset Owner cannot be reached in Teams.
 */
public interface Mailer {

    /**
     * Sends a mail.
     *
     * @param message the mail
     * @throws RecordsLibraryException if the mail could not be handed over for delivery
     * @throws NullPointerException if {@code message} is null
     */
    void send(MailMessage message);
}
