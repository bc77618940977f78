/**
 * Filing a conversation exported from a phone. Public API: {@link
 * org.recordsassistant.nccc.transfer.ChatExportConverter} (upload in, normalised JSON and summary out) and the
 * {@link org.recordsassistant.nccc.transfer.ParseCommand} command line. The parser, JSON form and safe archive
 * intake live in the internal {@code parse} and {@code intake} packages.
 */
package org.recordsassistant.nccc.transfer;
