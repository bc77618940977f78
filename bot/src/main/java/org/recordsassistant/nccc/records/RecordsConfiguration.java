package org.recordsassistant.nccc.records;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import org.recordsassistant.graphconnector.CredentialSettings;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.FolderMailer;
import org.recordsassistant.graphconnector.GraphClientFactory;
import org.recordsassistant.graphconnector.GraphDirectoryBuilder;
import org.recordsassistant.graphconnector.GraphMailerBuilder;
import org.recordsassistant.graphconnector.GraphTeamsAppInstallerBuilder;
import org.recordsassistant.graphconnector.LocalFolderRecordsLibraryBuilder;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.RecordsLibrary;
import org.recordsassistant.graphconnector.SharePointRecordsLibraryBuilder;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.TeamsAppInstaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Calls graph-connector's builders once, from configuration; features only see the ports. */
@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {
	private static final Logger log = LoggerFactory.getLogger(RecordsConfiguration.class);
	static final String SHAREPOINT = "sharepoint";
	static final String GRAPH = "graph";

	@Bean
	RecordsLibrary recordsLibrary(RecordsProperties records) {
		if (SHAREPOINT.equals(records.library())) {
			log.info("Filing to SharePoint (site and drive from nccc.records.sharepoint)");
			SharePointRecordsLibraryBuilder builder = new SharePointRecordsLibraryBuilder()
					.credential(credential(records.graph()))
					.endpoint(records.graph().endpoint())
					.siteId(records.sharepoint().siteId())
					.driveId(records.sharepoint().driveId())
					.maxRetries(records.graph().maxRetries())
					.timeout(records.graph().timeout());
			if (!records.sharepoint().listId().isBlank()) {
				builder.listId(records.sharepoint().listId());
			}
			if (!records.retentionLabel().isBlank()) {
				builder.retentionLabel(records.retentionLabel());
			}
			return builder.buildClient();
		}
		log.info("Filing to the local records folder (embedded default)");
		LocalFolderRecordsLibraryBuilder builder = new LocalFolderRecordsLibraryBuilder().root(records.localRoot());
		if (!records.retentionLabel().isBlank()) {
			builder.retentionLabel(records.retentionLabel());
		}
		return builder.buildClient();
	}

	@Bean
	Directory directory(RecordsProperties records) {
		if (GRAPH.equals(records.directory())) {
			return new GraphDirectoryBuilder().graphClient(graphClient(records.graph())).buildClient();
		}
		return StaticDirectory.of(List.of(), Map.of());
	}

	@Bean
	Mailer mailer(RecordsProperties records) {
		if (GRAPH.equals(records.mail())) {
			return new GraphMailerBuilder().graphClient(graphClient(records.graph())).sender(records.mailSender())
					.buildClient();
		}
		return FolderMailer.of(records.mailFolder());
	}

	/** Installs the bot's Teams app for someone the bot must reach (tech-notes §4); none unless configured. */
	@Bean
	TeamsAppInstaller teamsAppInstaller(RecordsProperties records) {
		if (records.teamsAppId().isBlank()) {
			return TeamsAppInstaller.NONE;
		}
		return new GraphTeamsAppInstallerBuilder().graphClient(graphClient(records.graph()))
				.manifestId(records.teamsAppId()).buildClient();
	}

	private static GraphServiceClient graphClient(RecordsProperties.Graph graph) {
		return GraphClientFactory.createClient(credential(graph), graph.endpoint(), graph.timeout(), graph.maxRetries());
	}

	static TokenCredential credential(RecordsProperties.Graph graph) {
		CredentialSettings settings = switch (graph.credential()) {
			case "client-secret" -> CredentialSettings.clientSecret(graph.tenantId(), graph.clientId(), graph.clientSecret());
			case "certificate" -> CredentialSettings.clientCertificate(graph.tenantId(), graph.clientId(),
					Path.of(graph.certificatePath()), graph.certificatePassword().isBlank() ? null : graph.certificatePassword());
			case "workload-identity" -> CredentialSettings.workloadIdentity(graph.tenantId(), graph.clientId(),
					Path.of(graph.tokenFile()));
			case "managed-identity" -> CredentialSettings.managedIdentity(graph.clientId().isBlank() ? null : graph.clientId());
			default -> throw new IllegalStateException("nccc.records.graph.credential must be client-secret, certificate, "
					+ "managed-identity or workload-identity");
		};
		return GraphClientFactory.credential(settings);
	}
}
