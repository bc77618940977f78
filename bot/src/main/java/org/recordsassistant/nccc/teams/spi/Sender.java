package org.recordsassistant.nccc.teams.spi;

/**
 * Who is talking to the bot, as the channel says (never typed by the user).
 *
 * @param channelUserId the channel's id for the user (Teams {@code 29:...})
 * @param aadObjectId the Entra object id, null outside Teams
 * @param name the display name
 * @param tenantId the tenant id, may be null in local mode
 * @param locale the client's locale, e.g. {@code en-GB}; may be null
 */
public record Sender(String channelUserId, String aadObjectId, String name, String tenantId, String locale) {

	/** The id features store against the user: the Entra object id, or the channel id when there is none. */
	public String userKey() {
		return aadObjectId != null && !aadObjectId.isBlank() ? aadObjectId : channelUserId;
	}
}
