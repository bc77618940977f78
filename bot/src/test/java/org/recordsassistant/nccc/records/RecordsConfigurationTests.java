package org.recordsassistant.nccc.records;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.FolderMailer;
import org.recordsassistant.graphconnector.LocalFolderRecordsLibrary;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.RecordsLibrary;
import org.recordsassistant.graphconnector.SharePointRecordsLibrary;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class RecordsConfigurationTests {
	@TempDir
	Path data;

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RecordsProperties.class)
	static class Settings {
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(Settings.class, RecordsConfiguration.class)
				.withPropertyValues("nccc.records.local-root=" + data.resolve("records"),
						"nccc.records.mail-folder=" + data.resolve("mail"));
	}

	@Test
	void defaultsNeedNoAzureSettings() {
		runner().run(context -> {
			assertThat(context.getBean(RecordsLibrary.class)).isInstanceOf(LocalFolderRecordsLibrary.class);
			assertThat(context.getBean(Directory.class)).isInstanceOf(StaticDirectory.class);
			assertThat(context.getBean(Mailer.class)).isInstanceOf(FolderMailer.class);
		});
	}

	@Test
	void sharePointIsChosenByConfigurationWithoutCallingGraphAtStartUp() {
		runner().withPropertyValues("nccc.records.library=sharepoint", "nccc.records.sharepoint.site-id=site-1",
				"nccc.records.sharepoint.drive-id=drive-1", "nccc.records.retention-label=NCCC record",
				"nccc.records.graph.credential=client-secret", "nccc.records.graph.tenant-id=t",
				"nccc.records.graph.client-id=c", "nccc.records.graph.client-secret=s")
				.run(context -> assertThat(context.getBean(RecordsLibrary.class)).isInstanceOf(SharePointRecordsLibrary.class));
	}

	@Test
	void unknownCredentialKindStopsStartUpWithAClearMessage() {
		runner().withPropertyValues("nccc.records.library=sharepoint", "nccc.records.graph.credential=password")
				.run(context -> assertThat(context).hasFailed().getFailure()
						.hasStackTraceContaining("nccc.records.graph.credential must be"));
	}
}
