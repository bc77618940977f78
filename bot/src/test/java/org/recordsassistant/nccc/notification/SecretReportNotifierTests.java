package org.recordsassistant.nccc.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.recordsassistant.graphconnector.FolderMailer;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.declaration.SecretMaterialReported;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.testing.CardChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SecretReportNotifierTests {
	private static final SecretMaterialReported REPORT = new SecretMaterialReported("SR-1", "ports-policy", "aad-priya");
	private final ProactiveMessenger messenger = mock(ProactiveMessenger.class);
	private final StaticDirectory directory = StaticDirectory.of(List.of(
			new DirectoryUser("aad-iris", "Iris Owner", "iris.owner@dept.gov.uk", "iris@dept.gov.uk", "IAO", "Ports"),
			new DirectoryUser("aad-priya", "Priya Shah", null, "priya@dept.gov.uk", null, null)), Map.of());
	@TempDir
	Path mail;

	private SecretReportNotifier notifier(Map<String, NotificationProperties.AreaOwners> areas, String defaultIao) {
		return new SecretReportNotifier(new IaoRouting(new NotificationProperties(areas, defaultIao, "")), messenger,
				directory, FolderMailer.of(mail));
	}

	@Test
	void sendsTheAreasIaoACardWithNoContentAndTheReportersName() {
		when(messenger.sendCard(eq("aad-iris"), any())).thenReturn(CompletableFuture.completedFuture("activity-1"));
		notifier(Map.of("ports-policy", new NotificationProperties.AreaOwners("aad-iris", "")), "").on(REPORT);

		ArgumentCaptor<ObjectNode> card = ArgumentCaptor.forClass(ObjectNode.class);
		verify(messenger).sendCard(eq("aad-iris"), card.capture());
		CardChecks.assertValid(card.getValue());
		assertThat(card.getValue().toString()).contains("Possible SECRET material", "SR-1", "Priya Shah")
				.doesNotContain("default IAO");
	}

	@Test
	void unknownAreaGoesToTheDefaultIaoAndIsFlagged() {
		when(messenger.sendCard(eq("aad-iris"), any())).thenReturn(CompletableFuture.completedFuture("activity-1"));
		notifier(Map.of(), "aad-iris").on(new SecretMaterialReported("SR-2", "no-such-area", "aad-priya"));
		ArgumentCaptor<ObjectNode> card = ArgumentCaptor.forClass(ObjectNode.class);
		verify(messenger).sendCard(eq("aad-iris"), card.capture());
		assertThat(card.getValue().toString()).contains("default IAO");
	}

	@Test
	void emailsTheIaoWhenTheBotHasNoConversationWithThem() throws Exception {
		when(messenger.sendCard(eq("aad-iris"), any()))
				.thenReturn(CompletableFuture.failedFuture(new ProactiveMessenger.NoConversationException()));
		notifier(Map.of(), "aad-iris").on(REPORT);
		try (var files = Files.list(mail)) {
			List<Path> written = files.toList();
			assertThat(written).hasSize(1);
			assertThat(Files.readString(written.get(0))).contains("iris.owner@dept.gov.uk").contains("SR-1");
		}
	}

	@Test
	void aDeliveryFailureIsNotSwallowedSoTheRegistryRetriesIt() {
		when(messenger.sendCard(eq("aad-iris"), any()))
				.thenReturn(CompletableFuture.failedFuture(new IllegalStateException("connector down")));
		assertThatThrownBy(() -> notifier(Map.of(), "aad-iris").on(REPORT)).hasRootCauseMessage("connector down");
	}

	@Test
	void withNoIaoConfiguredNothingIsSent() {
		notifier(Map.of(), "").on(REPORT);
		verify(messenger, never()).sendCard(any(), any());
	}
}
