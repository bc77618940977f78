package org.recordsassistant.nccc.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.recordsassistant.nccc.calendar.WorkingDays;
import org.recordsassistant.nccc.notification.OverviewRepository.Notice;
import org.recordsassistant.nccc.notification.OverviewRepository.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The weekly digest: once the configured day and time (UK time) has come, each IAO gets one card
 * summarising their area(s): what arrived in the seven days before, what is still waiting, what is
 * overdue. Nothing new and nothing waiting means no digest. Every instance runs the job; the claim in
 * {@link DigestRepository} makes each IAO's digest go out once a week however many run it.
 */
class IaoDigest {
	private static final Logger log = LoggerFactory.getLogger(IaoDigest.class);
	static final Duration LEASE = Duration.ofMinutes(10);
	static final Duration RETRY = Duration.ofMinutes(30);
	static final int MAX_ATTEMPTS = 3;
	static final int OLDEST_SHOWN = 5;

	/** Sends a digest to an IAO; returns the channel used ({@code TEAMS} or {@code EMAIL}); throws when it cannot. */
	@FunctionalInterface
	interface Delivery {
		String deliver(String iaoKey, Digest digest);
	}

	/**
	 * @param weekOf the digest's day; "new" means created in the seven days before its time
	 * @param areas the IAO's areas, key → label
	 * @param newByKind notices created in those seven days, per kind
	 * @param oldestPending the longest-waiting notices, oldest first
	 */
	record Digest(LocalDate weekOf, Map<String, String> areas, boolean defaultOwner, Map<String, Integer> newByKind,
			int pending, int overdue, List<Notice> oldestPending, OverdueRule rule, Instant now) {
		int newItems() {
			return newByKind.values().stream().mapToInt(Integer::intValue).sum();
		}

		boolean nothingToReport() {
			return newItems() == 0 && pending == 0;
		}
	}

	private final IaoRouting routing;
	private final Supplier<Map<String, String>> areaLabels;
	private final OverviewRepository notices;
	private final DigestRepository claims;
	private final Delivery delivery;
	private final NotificationProperties.Digest settings;
	private final OverdueRule rule;
	private final Clock clock;
	private final String instanceId = UUID.randomUUID().toString();

	/** @param areaLabels the business areas, key → label ({@code DeclarationService::businessAreas}) */
	IaoDigest(IaoRouting routing, Supplier<Map<String, String>> areaLabels, OverviewRepository notices,
			DigestRepository claims, Delivery delivery, NotificationProperties.Digest settings, OverdueRule rule,
			Clock clock) {
		this.routing = routing;
		this.areaLabels = areaLabels;
		this.notices = notices;
		this.claims = claims;
		this.delivery = delivery;
		this.settings = settings;
		this.rule = rule;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${nccc.notification.digest.poll:5m}", initialDelayString = "${nccc.notification.digest.poll:5m}")
	void onSchedule() {
		if (!settings.enabled()) {
			return;
		}
		int sent = sendDue();
		if (sent > 0) {
			log.info("Sent {} weekly IAO digest(s)", sent);
		}
	}

	/** @return how many digests this instance sent */
	int sendDue() {
		Instant now = clock.instant();
		ZonedDateTime slot = slotOfWeek(now);
		if (now.isBefore(slot.toInstant())) {
			return 0;
		}
		String week = weekKey(slot.toLocalDate());
		Map<String, String> labels = areaLabels.get();
		int sent = 0;
		for (String iao : routing.iaos(labels.keySet())) {
			if (!claims.claim(iao, week, instanceId, now, now.plus(LEASE), MAX_ATTEMPTS)) {
				continue;
			}
			Digest digest = digestFor(iao, labels, slot, now);
			if (digest.nothingToReport()) {
				claims.settle(iao, week, instanceId, DigestRepository.SKIPPED, null, digest, now);
				continue;
			}
			try {
				String channel = delivery.deliver(iao, digest);
				claims.settle(iao, week, instanceId, DigestRepository.SENT, channel, digest, now);
				sent++;
			} catch (RuntimeException e) {
				log.warn("Weekly digest {} could not be delivered to an IAO: {}", week, e.getClass().getSimpleName());
				claims.retryLater(iao, week, instanceId, now.plus(RETRY), MAX_ATTEMPTS, now);
			}
		}
		return sent;
	}

	/** This week's (Monday to Sunday) digest day at the digest time, in UK time. */
	ZonedDateTime slotOfWeek(Instant now) {
		LocalDate day = LocalDate.ofInstant(now, WorkingDays.LONDON).with(settings.day());
		return day.atTime(settings.timeOfDay()).atZone(WorkingDays.LONDON);
	}

	static String weekKey(LocalDate day) {
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	Digest digestFor(String iao, Map<String, String> labels, ZonedDateTime slot, Instant now) {
		IaoRouting.OwnerScope owner = routing.scopeOf(iao, labels.keySet());
		Scope scope = Scope.of(owner, iao);
		Map<String, String> areas = new LinkedHashMap<>();
		owner.areas().stream().sorted(Comparator.comparing(area -> labels.getOrDefault(area, area)))
				.forEach(area -> areas.put(area, labels.getOrDefault(area, area)));
		List<Instant> pendingSince = notices.pendingSince(scope);
		Map<String, Integer> fresh = notices.newByKind(scope, slot.minusWeeks(1).toInstant(), slot.toInstant());
		return new Digest(slot.toLocalDate(), areas, owner.defaultOwner(), fresh, pendingSince.size(),
				rule.count(pendingSince, now), notices.oldestPending(scope, OLDEST_SHOWN), rule, now);
	}
}
