package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.recordsassistant.graphconnector.models.MailAttachment;
import org.recordsassistant.graphconnector.models.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Mailer} for local mode: writes each mail as an {@code .eml} file (RFC 5322 headers, HTML body, MIME
 * attachments) into a folder, where a developer can open it with any mail client. Logs only the file count, never content.
 */
public final class FolderMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(FolderMailer.class);

    private final Path folder;

    private FolderMailer(Path folder) {
        this.folder = folder;
    }

    /**
     * Creates a mailer writing into {@code folder}, creating it if needed.
     *
     * @param folder where to write the {@code .eml} files
     * @return the mailer
     * @throws UncheckedIOException if the folder cannot be created
     * @throws NullPointerException if {@code folder} is null
     */
    public static FolderMailer of(Path folder) {
        Objects.requireNonNull(folder, "folder must not be null");
        try {
            return new FolderMailer(Files.createDirectories(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the mail folder", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if the file cannot be written
     */
    @Override
    public void send(MailMessage message) {
        Objects.requireNonNull(message, "message must not be null");
        String eml = "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "To: " + String.join(", ", message.to().stream().map(FolderMailer::headerSafe).toList()) + "\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                        headerSafe(message.subject()).getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + (message.attachments().isEmpty() ? htmlPart(message.htmlBody()) : multipart(message));
        Path file = folder.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
        try {
            Files.writeString(file, eml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RecordsLibraryException("could not write a mail file; check the mail folder", e);
        }
        LOG.info("wrote a mail for {} recipients to the local mail folder", message.to().size());
    }

    private static String htmlPart(String html) {
        return "Content-Type: text/html; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + html;
    }

    /** multipart/mixed (RFC 2046): the HTML body, then each attachment in base64 lines of 76 characters. */
    private static String multipart(MailMessage message) {
        String boundary = "=_nccc_" + UUID.randomUUID();
        StringBuilder eml = new StringBuilder("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n");
        eml.append("--").append(boundary).append("\r\n").append(htmlPart(message.htmlBody())).append("\r\n");
        for (MailAttachment attachment : message.attachments()) {
            eml.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(headerSafe(attachment.contentType())).append("\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(attachment.name()).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(attachment.content())).append("\r\n");
        }
        return eml.append("--").append(boundary).append("--\r\n").toString();
    }

    /** Header values must not contain line breaks, or a value could add headers of its own. */
    private static String headerSafe(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
