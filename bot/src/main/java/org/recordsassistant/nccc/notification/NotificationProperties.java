package org.recordsassistant.nccc.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who is told about what happens in each business area, and how the IAO overview and digest behave.
 *
 * @param areas business area key → its IAO and deputy (Entra object ids or UPNs)
 * @param defaultIao where an unknown or unrouted area goes; blank means nobody (local mode)
 * @param defaultDeputy the default IAO's deputy
 * @param routingFile a YAML or properties file with the same keys (without the prefix), re-read while the
 *        bot runs and layered over these properties; blank for none
 * @param routingCheck how often, at most, the routing file is looked at again
 * @param directoryWait how long a routing decision waits for the directory to turn a UPN into an object id
 * @param digest the weekly digest
 * @param export the register export from the {@code iao} card
 */
@ConfigurationProperties("nccc.notification")
record NotificationProperties(
		Map<String, AreaOwners> areas,
		String defaultIao,
		String defaultDeputy,
		String routingFile,
		Duration routingCheck,
		Duration directoryWait,
		Digest digest,
		Export export) {

	@ConstructorBinding
	NotificationProperties(@DefaultValue Map<String, AreaOwners> areas, @DefaultValue("") String defaultIao,
			@DefaultValue("") String defaultDeputy, @DefaultValue("") String routingFile,
			@DefaultValue("10s") Duration routingCheck, @DefaultValue("2s") Duration directoryWait,
			@DefaultValue Digest digest, @DefaultValue Export export) {
		this.areas = Map.copyOf(areas);
		this.defaultIao = defaultIao;
		this.defaultDeputy = defaultDeputy;
		this.routingFile = routingFile;
		this.routingCheck = routingCheck;
		this.directoryWait = directoryWait;
		this.digest = digest;
		this.export = export;
	}

	/** Routing only, everything else at its default: what tests of the notices need. */
	NotificationProperties(Map<String, AreaOwners> areas, String defaultIao, String defaultDeputy) {
		this(areas, defaultIao, defaultDeputy, "", Duration.ofSeconds(10), Duration.ofSeconds(2), Digest.DEFAULT,
				Export.DEFAULT);
	}

	record AreaOwners(@DefaultValue("") String iao, @DefaultValue("") String deputy) {
	}

	/**
	 * @param enabled false stops the digest (the end-to-end tests switch it off)
	 * @param day the day of the week it goes out, UK time
	 * @param time the time of day it goes out, {@code HH:mm}, UK time
	 * @param poll how often each instance looks whether a digest is due
	 */
	record Digest(@DefaultValue("true") boolean enabled, @DefaultValue("MONDAY") DayOfWeek day,
			@DefaultValue("08:00") String time, @DefaultValue("5m") Duration poll) {
		static final Digest DEFAULT = new Digest(true, DayOfWeek.MONDAY, "08:00", Duration.ofMinutes(5));

		Digest {
			try {
				LocalTime.parse(time);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("nccc.notification.digest.time must be a time of day like 08:00");
			}
		}

		LocalTime timeOfDay() {
			return LocalTime.parse(time);
		}
	}

	/**
	 * @param maxDays the longest date range one export may cover
	 * @param maxSize the largest CSV the bot will email (Graph takes about 3 MB of attachments inline)
	 */
	record Export(@DefaultValue("366") int maxDays, @DefaultValue("3MB") DataSize maxSize) {
		static final Export DEFAULT = new Export(366, DataSize.ofMegabytes(3));
	}
}
