/**
 * Internal to the transfer module: safe intake of what a user uploads. {@link
 * org.recordsassistant.nccc.transfer.intake.ChatWorkspace} opens a {@code .txt} or {@code .zip} inside a job
 * folder that is deleted on close, enforcing {@link org.recordsassistant.nccc.transfer.intake.ArchiveLimits} while
 * extracting; refusals are {@link org.recordsassistant.nccc.transfer.intake.UploadRejectedException} with a {@link
 * org.recordsassistant.nccc.transfer.intake.RejectionReason} that carries the message to show the user.
 */
package org.recordsassistant.nccc.transfer.intake;
