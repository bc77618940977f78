package org.recordsassistant.graphconnector.models;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file sent with a mail, such as a CSV export. Held in memory, so keep it small: Graph accepts attachments
 * inline in {@code sendMail} only up to about 3 MB.
 *
 * @param name the file name the recipient sees
 * @param contentType the MIME type, e.g. {@code text/csv}
 * @param content the bytes; copied in and out, so the record stays immutable
 */
public record MailAttachment(String name, String contentType, byte[] content) {

    private static final Pattern UNSAFE_NAME = Pattern.compile("[\\\\/\\r\\n\"]");

    /**
     * Checks the values and copies the bytes.
     *
     * @throws NullPointerException if any value is null
     * @throws IllegalArgumentException if the name is blank or contains a path or line break
     */
    public MailAttachment {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(contentType, "contentType must not be null");
        content = Objects.requireNonNull(content, "content must not be null").clone();
        if (name.isBlank() || UNSAFE_NAME.matcher(name).find()) {
            throw new IllegalArgumentException("an attachment name must be a plain file name");
        }
    }

    /**
     * The bytes.
     *
     * @return a copy of the content
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * Describes the attachment by size only, so that it is safe to log.
     *
     * @return the size
     */
    @Override
    public String toString() {
        return "MailAttachment[bytes=" + content.length + "]";
    }
}
