package org.recordsassistant.nccc.transfer.filing;

/**
 * The bot's version for the manifest: the {@code Implementation-Version} of the jar the bot runs from (Spring
 * Boot's parent writes the project version there when it packages the jar), or {@value #DEVELOPMENT} when the
 * classes do not come from a packaged jar (tests, an IDE).
 */
final class BotVersion {

	static final String DEVELOPMENT = "development";

	private BotVersion() {
	}

	static String current() {
		String version = BotVersion.class.getPackage().getImplementationVersion();
		return version == null || version.isBlank() ? DEVELOPMENT : version;
	}
}
