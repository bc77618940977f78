package org.recordsassistant.nccc.notification;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.graphconnector.models.MailMessage;
import org.recordsassistant.nccc.teams.ProactiveMessenger;

/**
 * Delivers a digest in the IAO's Teams chat with the bot, or by email when the bot has no conversation
 * with them. Other failures propagate, so the digest is tried again later.
 */
final class DigestDelivery implements IaoDigest.Delivery {
	static final String TEAMS = "TEAMS";
	static final String EMAIL = "EMAIL";
	private static final long SEND_TIMEOUT_SECONDS = 60;

	private final ProactiveMessenger messenger;
	private final Directory directory;
	private final Mailer mailer;

	DigestDelivery(ProactiveMessenger messenger, Directory directory, Mailer mailer) {
		this.messenger = messenger;
		this.directory = directory;
		this.mailer = mailer;
	}

	@Override
	public String deliver(String iaoKey, IaoDigest.Digest digest) {
		try {
			messenger.sendCard(iaoKey, IaoDigestCards.card(digest)).orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)
					.join();
			return TEAMS;
		} catch (CompletionException e) {
			if (!(e.getCause() instanceof ProactiveMessenger.NoConversationException)) {
				throw e;
			}
		}
		String address = directory.findUser(iaoKey)
				.flatMap(DirectoryUser::emailAddress)
				.orElseThrow(() -> new IllegalStateException("The IAO has no Teams conversation with the bot and no "
						+ "email address in the directory"));
		mailer.send(new MailMessage(List.of(address), IaoDigestCards.subject(digest), IaoDigestCards.html(digest)));
		return EMAIL;
	}
}
