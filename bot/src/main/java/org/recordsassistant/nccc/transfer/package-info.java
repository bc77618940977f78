/**
 * File: takes the exported chat people send (WhatsApp .txt/.zip first), shows what it found, and
 * files it into the records library after the user confirms. Public API:
 * {@link org.recordsassistant.nccc.transfer.ChatExportConverter} (upload in, normalised JSON and summary
 * out) and the {@link org.recordsassistant.nccc.transfer.ParseCommand} command line. The parser, JSON form
 * and safe archive intake live in the internal {@code parse} and {@code intake} packages.
 */
package org.recordsassistant.nccc.transfer;
