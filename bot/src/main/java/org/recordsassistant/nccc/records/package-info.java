/**
 * Wiring of graph-connector into the app: which {@link org.recordsassistant.graphconnector.RecordsLibrary}
 * (a local folder by default, SharePoint when configured), which
 * {@link org.recordsassistant.graphconnector.Directory} and which {@link org.recordsassistant.graphconnector.Mailer}.
 * Provides beans only; no feature depends on this package.
 */
package org.recordsassistant.nccc.records;
