package org.recordsassistant.nccc;

import org.recordsassistant.nccc.transfer.ParseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The bot. {@code java -jar nccc-bot.jar parse FILE [--locale en-GB]} instead runs the export parser on
 * its own, without starting Spring, so others can check it against other tools.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class NcccBotApplication {
	public static void main(String[] args) {
		if (args.length > 0 && "parse".equals(args[0])) {
			System.exit(ParseCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(NcccBotApplication.class, args);
	}
}
