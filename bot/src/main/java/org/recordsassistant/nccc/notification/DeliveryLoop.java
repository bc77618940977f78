package org.recordsassistant.nccc.notification;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs {@link NotificationDelivery} on its own thread, not the shared scheduler's: rounds follow each other
 * while work is due, then it sleeps until the next notification falls due (at most {@code poll}), or until a
 * listener wakes it after queueing one. Off when {@code nccc.notification.delivery.enabled=false}.
 */
final class DeliveryLoop implements SmartLifecycle, DisposableBean {
	private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);
	private static final Duration MIN_WAIT = Duration.ofMillis(20);

	private final NotificationDelivery delivery;
	private final ExecutorService lanes;
	private final boolean enabled;
	private final Object signal = new Object();
	private volatile boolean running;
	private boolean woken;
	private Thread thread;

	DeliveryLoop(NotificationDelivery delivery, ExecutorService lanes, boolean enabled) {
		this.delivery = delivery;
		this.lanes = lanes;
		this.enabled = enabled;
	}

	/** Delivers soon: after the current transaction commits (the new row is visible then), or now. */
	void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		} else {
			wake();
		}
	}

	void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	@Override
	public void start() {
		if (!enabled || running) {
			return;
		}
		running = true;
		thread = new Thread(this::run, "iao-notification-delivery");
		thread.setDaemon(true);
		thread.start();
	}

	private void run() {
		while (running) {
			Duration wait;
			try {
				wait = delivery.deliverDue() > 0 ? Duration.ZERO : delivery.untilNextDue();
			} catch (RuntimeException e) {
				// The database may be restarting; try again later rather than end the loop.
				log.warn("Notification delivery round failed: {}", e.getClass().getSimpleName());
				wait = Duration.ofSeconds(5);
			}
			if (!wait.isZero()) {
				sleep(wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait);
			}
		}
	}

	private void sleep(Duration wait) {
		synchronized (signal) {
			if (!woken && running) {
				try {
					signal.wait(wait.toMillis());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					running = false;
				}
			}
			woken = false;
		}
	}

	@Override
	public void stop() {
		running = false;
		wake();
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void destroy() {
		lanes.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
