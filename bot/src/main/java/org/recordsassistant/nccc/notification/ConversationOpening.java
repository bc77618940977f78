package org.recordsassistant.nccc.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the bot opens a chat with an IAO or deputy who never talked to it, instead of emailing them.
 * Bound beside {@link NotificationProperties} (same prefix, different keys) so routing stays on its own.
 *
 * @param createConversations open the 1:1 chat with {@code createConversation} (tenant id + object id); when the
 *        app is not installed for them and {@code nccc.records.teams-app-id} is set, install it through Graph
 * @param serviceUrl the Teams service URL for our tenant's region, where new conversations are created
 */
@ConfigurationProperties("nccc.notification")
record ConversationOpening(
		@DefaultValue("false") boolean createConversations,
		@DefaultValue("https://smba.trafficmanager.net/uk/") String serviceUrl) {
}
