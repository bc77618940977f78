package org.recordsassistant.nccc.transfer;

/**
 * The person who sent a file confirmed its preview: file it. Published once per transfer, in the transaction that
 * marks it {@link TransferStatus#CONFIRMED}; the filing worker reads the rest through
 * {@link TransferService#find(String)}. Ids only: no names, file names or content.
 *
 * @param transferId the transfer's id (a UUID)
 */
public record FilingRequested(String transferId) {
}
