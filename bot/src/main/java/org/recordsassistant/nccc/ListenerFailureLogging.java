package org.recordsassistant.nccc;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How a failed asynchronous event listener is logged. The event registry keeps the publication and
 * {@link EventRegistryMaintenance} resubmits it, so a failure is not lost either way. A listener that
 * deliberately says "not now" (a filing already running elsewhere, a backoff not yet over) throws an
 * exception without a stack trace: that is one WARN line, not the ERROR and stack trace Spring logs by
 * default every minute for as long as a large upload runs. Anything else keeps its stack trace, at ERROR.
 * Messages of our exceptions carry ids and counts only.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailureLogging implements AsyncConfigurer {
	private static final Logger log = LoggerFactory.getLogger(ListenerFailureLogging.class);

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return ListenerFailureLogging::logFailure;
	}

	static void logFailure(Throwable failure, Method method, Object... params) {
		String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
		if (failure instanceof RuntimeException && failure.getStackTrace().length == 0) {
			log.warn("{} will run again later: {}", listener, failure.getMessage());
		} else {
			log.error("{} failed; the event registry will resubmit it", listener, failure);
		}
	}
}
