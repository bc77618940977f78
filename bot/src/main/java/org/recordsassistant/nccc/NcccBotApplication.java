package org.recordsassistant.nccc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NcccBotApplication {
	public static void main(String[] args) {
		SpringApplication.run(NcccBotApplication.class, args);
	}
}
