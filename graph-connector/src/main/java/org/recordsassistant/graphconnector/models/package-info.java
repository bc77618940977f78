/**
 * Immutable values exchanged with the records library, directory and mailer ports: what to file
 * ({@link org.recordsassistant.graphconnector.models.RecordPackage}), what was filed
 * ({@link org.recordsassistant.graphconnector.models.FiledRecord}) and the result of verifying it.
 */
package org.recordsassistant.graphconnector.models;
