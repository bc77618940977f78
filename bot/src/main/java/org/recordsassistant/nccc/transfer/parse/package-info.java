/**
 * Internal to the transfer module: the WhatsApp export parser ({@link
 * org.recordsassistant.nccc.transfer.parse.WhatsAppExportParser}), its message model, and the normalised
 * conversation JSON writer and reader. Plain Java, no Spring. Streaming throughout: nothing here holds a whole
 * conversation in memory except {@code NormalisedConversationReader.read}, which is meant for small documents.
 */
package org.recordsassistant.nccc.transfer.parse;
