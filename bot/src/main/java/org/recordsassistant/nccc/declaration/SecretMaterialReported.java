package org.recordsassistant.nccc.declaration;

/**
 * Someone reported that material they think is SECRET or above went over a non-corporate channel.
 * Only the fact and the reporter are kept; the IAO for the business area should be told at once.
 */
public record SecretMaterialReported(String reportId, String businessArea, String reporterUserKey) {
}
