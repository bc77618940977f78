package org.recordsassistant.nccc.teams.spi;

/**
 * A file sent to the bot: a Teams file-download attachment ({@code downloadUrl} is short-lived and
 * pre-authorised) or an inline attachment with a {@code contentUrl}.
 *
 * @param name the file name as the user's client reported it
 * @param contentType the attachment content type
 * @param downloadUrl where to fetch the bytes
 * @param fileType the extension Teams reports, lower case, may be empty
 * @param uniqueId the Teams unique id of the file, may be null for inline attachments
 */
public record IncomingFile(String name, String contentType, String downloadUrl, String fileType, String uniqueId) {
}
