package org.recordsassistant.nccc.transfer.filing;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.recordsassistant.graphconnector.UploadProgressListener;

/**
 * Turns a package's upload progress into a few messages: one each time another {@code everyPercent} of the
 * package's bytes has gone, but never sooner than {@code interval} after the last one (or the start), and never
 * at 100% (the receipt says that). Called on the filing thread only.
 */
final class ProgressMessages implements UploadProgressListener {

	/** Where a message goes. */
	@FunctionalInterface
	interface Sink {
		void send(int percent, long sent, long total);
	}

	private final long[] sentPerFile;
	private final long total;
	private final int everyPercent;
	private final long intervalNanos;
	private final LongSupplier nanoTime;
	private final Sink sink;
	private long sent;
	private int lastStep;
	private long lastAt;

	ProgressMessages(long[] fileSizes, int everyPercent, Duration interval, LongSupplier nanoTime, Sink sink) {
		this.sentPerFile = new long[fileSizes.length];
		long sum = 0;
		for (long size : fileSizes) {
			sum += size;
		}
		this.total = sum;
		this.everyPercent = everyPercent;
		this.intervalNanos = interval.toNanos();
		this.nanoTime = nanoTime;
		this.sink = sink;
		this.lastAt = nanoTime.getAsLong();
	}

	@Override
	public void onProgress(int fileIndex, long bytesSent, long totalBytes) {
		if (fileIndex < 0 || fileIndex >= sentPerFile.length || bytesSent <= sentPerFile[fileIndex] || total == 0) {
			return;
		}
		sent += bytesSent - sentPerFile[fileIndex];
		sentPerFile[fileIndex] = bytesSent;
		int percent = (int) Math.min(100, sent * 100 / total);
		int step = percent / everyPercent * everyPercent;
		long now = nanoTime.getAsLong();
		if (step > lastStep && percent < 100 && now - lastAt >= intervalNanos) {
			lastStep = step;
			lastAt = now;
			sink.send(percent, sent, total);
		}
	}
}
