package org.recordsassistant.nccc.transfer.filing;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.recordsassistant.nccc.teams.ProactiveMessenger;
import org.recordsassistant.nccc.transfer.TransferJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the filing worker tells people besides the receipt: the user (a large upload has started, how far it has
 * got, a delay, a problem they can fix) and the operators (repeated failures). A message that cannot be delivered
 * is logged and dropped: it never fails the filing. Texts carry sizes, percentages, references and ids only.
 */
@Component
class FilingNotices {
	private static final Logger log = LoggerFactory.getLogger(FilingNotices.class);
	private static final long SEND_TIMEOUT_SECONDS = 30;
	static final String DELAYED = "Filing your upload is taking longer than it should: the records library isn't "
			+ "accepting it at the moment. The records team knows, and I'll keep trying, so you don't need to do "
			+ "anything. I'll send the receipt once it's filed.";

	private final ProactiveMessenger messenger;
	private final FilingProperties settings;

	FilingNotices(ProactiveMessenger messenger, FilingProperties settings) {
		this.messenger = messenger;
		this.settings = settings;
	}

	boolean started(TransferJob job, long bytes) {
		return send(job.userKey(), "Filing " + readable(bytes) + " in the records library now; this can take a few "
				+ "minutes. I'll tell you how it's going and send a receipt when it's done.");
	}

	boolean progress(String userKey, int percent, long sent, long total) {
		return send(userKey, String.format(Locale.ROOT, "Still filing: %d%% done (%s of %s).", percent,
				readable(sent), readable(total)));
	}

	boolean delayed(TransferJob job) {
		return send(job.userKey(), DELAYED);
	}

	boolean problem(TransferJob job, FilingProblem problem) {
		return send(job.userKey(), problem.message(job.declarationReference()));
	}

	/** Tells every configured operator who can be reached; the caller has logged the alert. */
	void alertOperators(TransferJob job, int failures, String lastFailure) {
		String text = "Filing of transfer " + job.id() + " has failed " + failures + " times (last failure: "
				+ lastFailure + "). It is retried automatically, at most hourly. Please check the records library "
				+ "connection and the application log for this transfer id."
				+ (job.declarationReference() == null ? "" : " Declaration: " + job.declarationReference() + ".");
		for (String operator : settings.operators()) {
			if (!send(operator, text)) {
				log.warn("Filing alert for transfer {} could not reach operator {}", job.id(), operator);
			}
		}
	}

	private boolean send(String userKey, String text) {
		try {
			messenger.sendText(userKey, text).orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
			return true;
		} catch (RuntimeException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			log.warn("A filing notice was not delivered ({})", cause.getClass().getSimpleName());
			return false;
		}
	}

	/** Bytes as people read them: {@code 1.1 GB}, {@code 350 MB}, {@code 12 KB}. */
	static String readable(long bytes) {
		String[] units = { "bytes", "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		if (unit == 0) {
			return bytes + " bytes";
		}
		return value < 10 ? String.format(Locale.ROOT, "%.1f %s", value, units[unit])
				: String.format(Locale.ROOT, "%.0f %s", value, units[unit]);
	}
}
