/**
 * Builds the record package that is filed for a confirmed transfer: the untouched original, the normalised
 * conversation JSON, a PDF transcript ({@link org.recordsassistant.nccc.transfer.filing.TranscriptPdfRenderer}),
 * the attachments and a {@code manifest.json} with the SHA-256 of every file
 * ({@link org.recordsassistant.nccc.transfer.filing.RecordManifestWriter}). The filing worker calls
 * {@link org.recordsassistant.nccc.transfer.filing.RecordPackageBuilder#build} and hands the result to a
 * graph-connector {@code RecordsLibrary}. Plain Java, streaming throughout; internal to the transfer module.
 */
package org.recordsassistant.nccc.transfer.filing;
