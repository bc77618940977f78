/**
 * File: takes the exported chat people send (WhatsApp .txt/.zip, .eml, or a typed note of substance), shows what
 * it found in a preview card, and hands it to filing only after the sender confirms. Public API:
 * {@link org.recordsassistant.nccc.transfer.TransferService} (read a transfer, record the filing outcome), the
 * event {@link org.recordsassistant.nccc.transfer.FilingRequested} (published on confirm, ids only),
 * {@link org.recordsassistant.nccc.transfer.TransferJob} with its status and mode, plus the
 * {@link org.recordsassistant.nccc.transfer.ChatExportConverter} and
 * {@link org.recordsassistant.nccc.transfer.ParseCommand} tools. The parser, JSON form and safe archive intake live
 * in the internal {@code parse} and {@code intake} packages. See {@code docs/file-job.md}.
 */
package org.recordsassistant.nccc.transfer;
