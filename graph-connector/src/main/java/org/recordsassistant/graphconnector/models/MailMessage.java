package org.recordsassistant.graphconnector.models;

import java.util.List;
import java.util.Objects;

/**
 * An HTML mail to send.
 *
 * @param to the recipients' addresses, at least one
 * @param subject the subject line
 * @param htmlBody the body as HTML
 * @param attachments files sent with the mail, possibly none
 */
public record MailMessage(List<String> to, String subject, String htmlBody, List<MailAttachment> attachments) {

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
        attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments must not be null"));
        if (to.isEmpty() || to.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a mail needs at least one non-blank recipient");
        }
    }

    /**
     * A mail without attachments.
     *
     * @param to the recipients' addresses, at least one
     * @param subject the subject line
     * @param htmlBody the body as HTML
     * @throws NullPointerException if any value is null
     * @throws IllegalArgumentException if there are no recipients or a recipient is blank
     */
    public MailMessage(List<String> to, String subject, String htmlBody) {
        this(to, subject, htmlBody, List.of());
    }

    /**
     * Describes the mail by recipient count only, so that it is safe to log.
     *
     * @return the recipient count
     */
    @Override
    public String toString() {
        return "MailMessage[recipients=" + to.size() + ", attachments=" + attachments.size() + "]";
    }
}
