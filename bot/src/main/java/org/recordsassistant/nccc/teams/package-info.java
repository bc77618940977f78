/**
 * Hosting: the {@code POST /api/messages} endpoint, our Bot Framework adapter (authentication,
 * tenant and service-URL allow-lists, retrying connector client), turn routing to the features,
 * shared bot state in the database, and proactive messages to stored conversations.
 * Public API: {@link org.recordsassistant.nccc.teams.ProactiveMessenger},
 * {@link org.recordsassistant.nccc.teams.ConversationReferences} and the {@code spi} package that
 * features implement.
 */
package org.recordsassistant.nccc.teams;
