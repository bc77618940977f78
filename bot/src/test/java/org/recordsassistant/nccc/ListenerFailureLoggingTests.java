package org.recordsassistant.nccc;

import java.lang.reflect.Method;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ListenerFailureLoggingTests {
	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
	private final Logger logger = (Logger) LoggerFactory.getLogger(ListenerFailureLogging.class);

	static final class Deferral extends RuntimeException {
		Deferral() {
			super("Filing of transfer T-1 deferred: an attempt is running in this instance", null, false, false);
		}
	}

	void on(Object event) {
	}

	@BeforeEach
	void attach() {
		appender.start();
		logger.addAppender(appender);
	}

	@AfterEach
	void detach() {
		logger.detachAppender(appender);
	}

	@Test
	void aDeliberateNotNowIsOneWarningLineWithoutAStackTrace() throws Exception {
		Method listener = getClass().getDeclaredMethod("on", Object.class);

		ListenerFailureLogging.logFailure(new Deferral(), listener, "event");

		assertThat(appender.list).singleElement().satisfies(event -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).isEqualTo("ListenerFailureLoggingTests.on will run again later: "
					+ "Filing of transfer T-1 deferred: an attempt is running in this instance");
			assertThat(event.getThrowableProxy()).isNull();
		});
	}

	@Test
	void anUnexpectedFailureKeepsItsStackTraceAtError() throws Exception {
		Method listener = getClass().getDeclaredMethod("on", Object.class);

		ListenerFailureLogging.logFailure(new IllegalStateException("Transfer T-2 failed verification on 1 files"),
				listener, "event");

		assertThat(appender.list).singleElement().satisfies(event -> {
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
			assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
		});
	}
}
