package org.recordsassistant.nccc.declaration;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.microsoft.bot.builder.ConversationState;
import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.graphconnector.Directory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the register from plain objects, so tests can build the same graph on any DataSource. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeclarationConfiguration {
	private static final long SEND_TIMEOUT_SECONDS = 30;

	/** A {@link Clock} bean from the context when there is exactly one (tests set the time), else the system clock. */
	@Bean
	DeclarationClock declarationClock(ObjectProvider<Clock> clock) {
		return new DeclarationClock(clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	DeclarationRepository declarationRepository(JdbcClient jdbc) {
		return new DeclarationRepository(jdbc);
	}

	@Bean
	ReminderRepository reminderRepository(JdbcClient jdbc) {
		return new ReminderRepository(jdbc);
	}

	@Bean
	DeclarationValidator declarationValidator(DeclarationProperties properties, DeclarationClock clock) {
		return new DeclarationValidator(properties.businessAreas(), clock.clock());
	}

	@Bean
	DeclarationService declarationService(DeclarationRepository declarations, ReminderRepository reminders,
			JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			DeclarationProperties properties, DeclarationClock clock) {
		return new DeclarationService(declarations, reminders, new ReferenceNumbers(jdbc, transactions, clock.clock()),
				transactions, events, properties, clock.clock());
	}

	@Bean
	SecretReports secretReports(DeclarationRepository declarations, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, DeclarationClock clock) {
		return new SecretReports(declarations, transactions, events, clock.clock());
	}

	@Bean
	DeclarationTurnHandler declarationTurnHandler(DeclarationService service, SecretReports secretReports,
			DeclarationValidator validator, DeclarationProperties properties, DeclarationClock clock,
			ConversationState conversationState, Directory directory) {
		DeclarantLookup declarants = new DeclarantLookup(directory);
		DeclarationCard card = new DeclarationCard(properties.businessAreas(), clock.clock());
		RegisterCards registerCards = new RegisterCards(properties.businessAreas());
		DeclarationDialog dialog = new DeclarationDialog(conversationState, validator,
				new DialogQuestions(properties.businessAreas(), clock.clock()),
				new DialogSubmission(declarants, service, secretReports, validator, properties.businessAreas()));
		return new DeclarationTurnHandler(service, card, registerCards,
				new DeclarationActions(declarants, service, secretReports, validator, card, registerCards), dialog);
	}

	/** Reminders go to the user's 1:1 chat; waiting here is fine, this runs on the scheduler's thread. */
	@Bean
	DeclarationReminders declarationReminders(ReminderRepository reminders, DeclarationRepository declarations,
			ProactiveMessenger messenger, DeclarationProperties properties, DeclarationClock clock) {
		ReminderSender sender = (userKey, text) -> messenger.sendText(userKey, text).orTimeout(SEND_TIMEOUT_SECONDS,
				TimeUnit.SECONDS).join();
		return new DeclarationReminders(reminders, declarations, sender, properties, clock.clock());
	}

	/** Holds the clock the feature uses without publishing a second {@link Clock} bean to other features. */
	record DeclarationClock(Clock clock) {
	}
}
