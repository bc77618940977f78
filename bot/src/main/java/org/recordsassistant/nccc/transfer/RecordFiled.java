package org.recordsassistant.nccc.transfer;

/**
 * A transfer was filed in the records library and verified. Ids only: no names, no content.
 *
 * @param transferId the transfer
 * @param declarationReference the linked declaration, or null
 * @param businessArea the business area key chosen on confirm
 * @param recordUrl where a person can open the record's folder in the records library; null in events
 *        recorded before it was carried
 */
public record RecordFiled(String transferId, String declarationReference, String businessArea, String recordUrl) {
}
