package org.recordsassistant.graphconnector.models;

import java.util.List;
import java.util.Objects;

/**
 * An HTML mail to send.
 *
 * @param to the recipients' addresses, at least one
 * @param subject the subject line
 * @param htmlBody the body as HTML
 */
public record MailMessage(List<String> to, String subject, String htmlBody) {

    /**
     * Checks the values and copies the list.
     *
     * @throws NullPointerException if any value is null
     * @throws IllegalArgumentException if there are no recipients or a recipient is blank
     */
    public MailMessage {
        to = List.copyOf(Objects.requireNonNull(to, "to must not be null"));
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(htmlBody, "htmlBody must not be null");
        if (to.isEmpty() || to.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a mail needs at least one non-blank recipient");
        }
    }

    /**
     * Describes the mail by recipient count only, so that it is safe to log.
     *
     * @return the recipient count
     */
    @Override
    public String toString() {
        return "MailMessage[recipients=" + to.size() + "]";
    }
}
