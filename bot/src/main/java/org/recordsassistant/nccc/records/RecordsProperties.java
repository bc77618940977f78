package org.recordsassistant.nccc.records;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where records go and how the app reaches Microsoft Graph. The defaults need no Azure settings.
 *
 * @param library {@code local} (a folder) or {@code sharepoint}
 * @param localRoot the records folder in local mode
 * @param retentionLabel the retention label applied to every filed item; blank for none
 * @param directory {@code static} (nobody known; local mode) or {@code graph}
 * @param mail {@code folder} (writes .eml files) or {@code graph} (sendMail)
 * @param mailFolder where the folder mailer writes
 * @param mailSender the mailbox Graph sends from (UPN or object id)
 * @param graph how to reach Graph
 * @param sharepoint the records library
 * @param teamsAppId the Teams app's manifest id: set it to let the bot install the app for an IAO it cannot
 *        reach (Graph permission TeamsAppInstallation.ReadWriteSelfForUser.All); blank for no installs
 */
@ConfigurationProperties("nccc.records")
record RecordsProperties(
		@DefaultValue("local") String library,
		@DefaultValue("./data/records") Path localRoot,
		@DefaultValue("") String retentionLabel,
		@DefaultValue("static") String directory,
		@DefaultValue("folder") String mail,
		@DefaultValue("./data/mail") Path mailFolder,
		@DefaultValue("") String mailSender,
		@DefaultValue Graph graph,
		@DefaultValue SharePoint sharepoint,
		@DefaultValue("") String teamsAppId) {

	/**
	 * @param credential {@code client-secret}, {@code certificate}, {@code managed-identity} or {@code workload-identity}
	 */
	record Graph(
			@DefaultValue("https://graph.microsoft.com/v1.0") String endpoint,
			@DefaultValue("managed-identity") String credential,
			@DefaultValue("") String tenantId,
			@DefaultValue("") String clientId,
			@DefaultValue("") String clientSecret,
			@DefaultValue("") String certificatePath,
			@DefaultValue("") String certificatePassword,
			@DefaultValue("") String tokenFile,
			@DefaultValue("60s") Duration timeout,
			@DefaultValue("3") int maxRetries) {
	}

	record SharePoint(@DefaultValue("") String siteId, @DefaultValue("") String driveId, @DefaultValue("") String listId) {
	}
}
