/**
 * Declare: walks a person through declaring their use of a non-corporate channel (a card, or one
 * question at a time) and keeps the register they can review, amend and withdraw from, with
 * reference numbers, full version history and transfer reminders.
 * <p>
 * Public API: {@link org.recordsassistant.nccc.declaration.DeclarationService} (summaries without free
 * text, the user's open declaration, linking a filing, the CSV export) and its records
 * {@link org.recordsassistant.nccc.declaration.DeclarationSummary} and
 * {@link org.recordsassistant.nccc.declaration.DeclarationStatus}. Events, ids and flags only:
 * {@link org.recordsassistant.nccc.declaration.DeclarationSubmitted},
 * {@link org.recordsassistant.nccc.declaration.DeclarationAmended},
 * {@link org.recordsassistant.nccc.declaration.DeclarationWithdrawn} and
 * {@link org.recordsassistant.nccc.declaration.SecretMaterialReported}.
 */
package org.recordsassistant.nccc.declaration;
