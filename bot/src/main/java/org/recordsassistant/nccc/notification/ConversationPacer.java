package org.recordsassistant.nccc.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps this instance's sends to each conversation within Teams' limits (sliding windows of one second and
 * thirty seconds), and remembers conversations Teams throttled until their {@code Retry-After}. It never
 * sleeps: it says when the next send may go, and the outbox puts the rest of that conversation's queue back
 * until then. Other instances keep their own counts; a 429 is the backstop.
 */
final class ConversationPacer {
	private static final Duration SECOND = Duration.ofSeconds(1);
	private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);

	private final DeliveryProperties.RateLimit limit;
	private final Map<String, Deque<Instant>> sent = new HashMap<>();
	private final Map<String, Instant> blockedUntil = new HashMap<>();

	ConversationPacer(DeliveryProperties.RateLimit limit) {
		this.limit = limit;
	}

	/** When the next message to this conversation may go: {@code now}, or later. */
	synchronized Instant nextSlot(String conversation, Instant now) {
		Instant slot = now;
		Instant blocked = blockedUntil.get(conversation);
		if (blocked != null) {
			if (blocked.isAfter(now)) {
				slot = blocked;
			} else {
				blockedUntil.remove(conversation);
			}
		}
		if (!limit.enabled()) {
			return slot;
		}
		Deque<Instant> times = sent.get(conversation);
		if (times == null) {
			return slot;
		}
		prune(times, now);
		slot = later(slot, windowOpens(times, now, SECOND, limit.perSecond()));
		return later(slot, windowOpens(times, now, THIRTY_SECONDS, limit.perThirtySeconds()));
	}

	synchronized void sent(String conversation, Instant at) {
		if (limit.enabled()) {
			sent.computeIfAbsent(conversation, key -> new ArrayDeque<>()).addLast(at);
		}
		if (sent.size() > 10_000) {
			forgetIdle(at);
		}
	}

	/** Teams answered 429: nothing more to this conversation until {@code until}. */
	synchronized void throttled(String conversation, Instant until) {
		blockedUntil.merge(conversation, until, ConversationPacer::later);
	}

	/** When a window of {@code span} holding at most {@code max} sends has room again. */
	private static Instant windowOpens(Deque<Instant> times, Instant now, Duration span, int max) {
		if (max <= 0 || times.size() < max) {
			return now;
		}
		int inWindow = 0;
		Instant start = now.minus(span);
		Iterator<Instant> newestFirst = times.descendingIterator();
		while (newestFirst.hasNext()) {
			Instant at = newestFirst.next();
			if (!at.isAfter(start)) {
				break;
			}
			inWindow++;
			if (inWindow == max) {
				return at.plus(span);
			}
		}
		return now;
	}

	private static void prune(Deque<Instant> times, Instant now) {
		Instant oldest = now.minus(THIRTY_SECONDS);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
			times.removeFirst();
		}
	}

	private void forgetIdle(Instant now) {
		sent.values().forEach(times -> prune(times, now));
		sent.values().removeIf(Deque::isEmpty);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
