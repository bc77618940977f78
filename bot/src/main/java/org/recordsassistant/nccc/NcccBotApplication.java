package org.recordsassistant.nccc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NcccBotApplication {
	public static void main(String[] args) {
		SpringApplication.run(NcccBotApplication.class, args);
	}
}
