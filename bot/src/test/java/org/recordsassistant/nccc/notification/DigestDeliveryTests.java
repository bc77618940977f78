package org.recordsassistant.nccc.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.FolderMailer;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.teams.ProactiveMessenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The digest goes to the IAO's Teams chat, or by email when the bot has never talked to them. */
class DigestDeliveryTests {
	private static final IaoDigest.Digest DIGEST = new IaoDigest.Digest(LocalDate.parse("2026-03-02"),
			Map.of("ports-policy", "Ports policy"), false, Map.of(NoticeKinds.DECLARATION_SUBMITTED, 2), 3, 1, List.of(),
			new OverdueRule(3), Instant.parse("2026-03-02T08:00:00Z"));
	// The one thing here that cannot run without a Bot Connector: the messenger.
	private final ProactiveMessenger messenger = mock(ProactiveMessenger.class);
	private final StaticDirectory directory = StaticDirectory.of(List.of(
			new DirectoryUser("aad-paula", "Paula Ports", "paula.ports@dept.gov.uk", "paula@dept.gov.uk", null, null)),
			Map.of());
	@TempDir
	Path mail;

	@Test
	void sendsTheCardInTeams() {
		when(messenger.sendCard(eq("aad-paula"), any())).thenReturn(CompletableFuture.completedFuture("activity-1"));

		assertThat(new DigestDelivery(messenger, directory, FolderMailer.of(mail)).deliver("aad-paula", DIGEST))
				.isEqualTo(DigestDelivery.TEAMS);
	}

	@Test
	void emailsTheIaoWhenTheBotHasNoConversationWithThem() throws Exception {
		when(messenger.sendCard(eq("aad-paula"), any()))
				.thenReturn(CompletableFuture.failedFuture(new ProactiveMessenger.NoConversationException()));

		assertThat(new DigestDelivery(messenger, directory, FolderMailer.of(mail)).deliver("aad-paula", DIGEST))
				.isEqualTo(DigestDelivery.EMAIL);

		try (Stream<Path> files = Files.list(mail)) {
			assertThat(files.toList()).singleElement().satisfies(file -> assertThat(Files.readString(file))
					.contains("To: paula.ports@dept.gov.uk", "Waiting for acknowledgement: 3", "2 (2 declarations)"));
		}
	}

	@Test
	void otherFailuresPropagateSoTheDigestIsTriedAgain() {
		when(messenger.sendCard(eq("aad-paula"), any()))
				.thenReturn(CompletableFuture.failedFuture(new IllegalStateException("connector down")));

		assertThatThrownBy(() -> new DigestDelivery(messenger, directory, FolderMailer.of(mail)).deliver("aad-paula", DIGEST))
				.hasRootCauseMessage("connector down");
		assertThatThrownBy(() -> {
			when(messenger.sendCard(eq("aad-nobody"), any()))
					.thenReturn(CompletableFuture.failedFuture(new ProactiveMessenger.NoConversationException()));
			new DigestDelivery(messenger, directory, FolderMailer.of(mail)).deliver("aad-nobody", DIGEST);
		}).hasMessageContaining("no email address");
	}
}
