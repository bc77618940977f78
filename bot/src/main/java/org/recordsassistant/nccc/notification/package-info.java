/**
 * Notify: Information Asset Owners get cards for declarations, amendments, filings and SECRET reports in their
 * business area, acknowledge them or ask the declarant for more information, and are reminded (then their
 * deputy is) when they don't.
 * <p>
 * Listens to {@link org.recordsassistant.nccc.declaration.DeclarationSubmitted},
 * {@link org.recordsassistant.nccc.declaration.DeclarationAmended},
 * {@link org.recordsassistant.nccc.declaration.SecretMaterialReported} and
 * {@link org.recordsassistant.nccc.transfer.RecordFiled}, and puts each into a durable outbox
 * ({@code iao_notification}); a delivery loop claims due rows (safe with several instances), sends the card
 * through {@link org.recordsassistant.nccc.teams.ProactiveMessenger} with per-conversation pacing and
 * {@code Retry-After}-aware backoff, and falls back to email through the
 * {@link org.recordsassistant.graphconnector.Mailer} port. Publishes nothing.
 */
package org.recordsassistant.nccc.notification;
