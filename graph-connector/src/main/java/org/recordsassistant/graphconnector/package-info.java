/**
 * Everything that talks to Microsoft Graph and SharePoint, as a plain Java library with no Spring.
 *
 * <p>Ports: {@link org.recordsassistant.graphconnector.RecordsLibrary} (implemented by
 * {@link org.recordsassistant.graphconnector.SharePointRecordsLibrary} and
 * {@link org.recordsassistant.graphconnector.LocalFolderRecordsLibrary}),
 * {@link org.recordsassistant.graphconnector.Directory} and {@link org.recordsassistant.graphconnector.Mailer}.
 * Clients are built with their {@code *Builder}; {@link org.recordsassistant.graphconnector.GraphClientFactory}
 * is the only place that turns settings into credentials. Failures are unchecked
 * {@link org.recordsassistant.graphconnector.RecordsLibraryException}s carrying the HTTP status and Graph
 * request id, never file names, content or personal data.
 */
package org.recordsassistant.graphconnector;
