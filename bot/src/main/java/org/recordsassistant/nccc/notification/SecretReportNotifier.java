package org.recordsassistant.nccc.notification;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.graphconnector.models.MailMessage;
import org.recordsassistant.nccc.declaration.SecretMaterialReported;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.teams.spi.Cards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the IAO at once when someone reports possible SECRET material on a non-corporate channel:
 * a card in their Teams chat, or an email when the bot cannot reach them there. Runs from the event
 * registry, so a failed delivery stays on record and is resubmitted rather than lost.
 */
@Component
class SecretReportNotifier {
	private static final Logger log = LoggerFactory.getLogger(SecretReportNotifier.class);
	private static final long SEND_TIMEOUT_SECONDS = 60;

	private final IaoRouting routing;
	private final ProactiveMessenger messenger;
	private final Directory directory;
	private final Mailer mailer;

	SecretReportNotifier(IaoRouting routing, ProactiveMessenger messenger, Directory directory, Mailer mailer) {
		this.routing = routing;
		this.messenger = messenger;
		this.directory = directory;
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(SecretMaterialReported event) {
		IaoRouting.Route route = routing.route(event.businessArea());
		if (!route.hasIao()) {
			log.warn("SECRET report {} has no IAO to tell: configure nccc.notification.default-iao", event.reportId());
			return;
		}
		String reporter = directory.findUser(event.reporterUserKey()).map(DirectoryUser::displayName)
				.orElse(event.reporterUserKey());
		ObjectNode card = card(event, route, reporter);
		try {
			messenger.sendCard(route.iao(), card).orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
			log.info("SECRET report {} sent to the IAO in Teams (unrouted area: {})", event.reportId(), route.unrouted());
		} catch (CompletionException e) {
			if (!(e.getCause() instanceof ProactiveMessenger.NoConversationException)) {
				throw e;
			}
			emailInstead(event, route);
		}
	}

	private void emailInstead(SecretMaterialReported event, IaoRouting.Route route) {
		String address = directory.findUser(route.iao()).map(SecretReportNotifier::addressOf).orElseThrow(
				() -> new IllegalStateException("The IAO for SECRET report " + event.reportId()
						+ " has no Teams conversation with the bot and no email address in the directory"));
		mailer.send(new MailMessage(List.of(address), "Possible SECRET material reported: " + event.reportId(),
				"<p>Someone in your business area reported that material they think is SECRET or above went over a "
						+ "non-corporate channel. The bot took no content. Please contact them and your security team.</p>"
						+ "<p>Report " + event.reportId() + ", business area " + safe(event.businessArea()) + ".</p>"));
		log.info("SECRET report {} emailed to the IAO (no Teams conversation)", event.reportId());
	}

	static ObjectNode card(SecretMaterialReported event, IaoRouting.Route route, String reporter) {
		ObjectNode card = Cards.card();
		Cards.body(card).add(Cards.heading("Possible SECRET material reported").put("color", "Attention"));
		Cards.body(card).add(Cards.text("Someone in your business area reported that material they think is SECRET "
				+ "or above went over a non-corporate channel. The bot took no content and told them to contact their "
				+ "security team now."));
		Cards.body(card).add(Cards.facts("Report", event.reportId(), "Business area", Cards.escape(event.businessArea()),
				"Reported by", Cards.escape(reporter)));
		if (route.unrouted()) {
			Cards.body(card).add(Cards.subtle("This area has no IAO of its own in the bot's settings, so it came to you "
					+ "as the default IAO."));
		}
		return card;
	}

	private static String addressOf(DirectoryUser user) {
		return user.mail() != null && !user.mail().isBlank() ? user.mail() : user.userPrincipalName();
	}

	private static String safe(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
