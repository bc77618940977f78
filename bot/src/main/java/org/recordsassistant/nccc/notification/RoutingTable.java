package org.recordsassistant.nccc.notification;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.recordsassistant.nccc.notification.NotificationProperties.AreaOwners;

/**
 * Routing as configured, before UPNs are turned into object ids: each area's IAO and deputy, and the
 * default pair for everything else. Immutable, so a reload swaps the whole table at once.
 *
 * @param areas business area key → owners; every entry names an IAO
 * @param fallback the default IAO and deputy, either may be blank
 */
record RoutingTable(Map<String, AreaOwners> areas, AreaOwners fallback) {
	static final AreaOwners NOBODY = new AreaOwners("", "");

	RoutingTable {
		areas = Map.copyOf(areas);
		fallback = fallback == null ? NOBODY : fallback;
	}

	static RoutingTable of(NotificationProperties settings) {
		Map<String, AreaOwners> areas = new HashMap<>();
		settings.areas().forEach((area, owners) -> {
			if (owners != null && !blank(owners.iao())) {
				areas.put(area, new AreaOwners(owners.iao().strip(), strip(owners.deputy())));
			}
		});
		return new RoutingTable(areas, new AreaOwners(strip(settings.defaultIao()), strip(settings.defaultDeputy())));
	}

	/** This table with {@code over}'s entries on top: an area or the default pair comes whole from one of them. */
	RoutingTable overlaidWith(RoutingTable over) {
		Map<String, AreaOwners> merged = new HashMap<>(areas);
		merged.putAll(over.areas);
		return new RoutingTable(merged, blank(over.fallback.iao()) ? fallback : over.fallback);
	}

	/** Every configured IAO and deputy value, for resolving them in one go. */
	Set<String> configuredPeople() {
		Set<String> people = new LinkedHashSet<>();
		areas.values().forEach(owners -> add(people, owners));
		add(people, fallback);
		return people;
	}

	private static void add(Set<String> people, AreaOwners owners) {
		if (!blank(owners.iao())) {
			people.add(owners.iao());
		}
		if (!blank(owners.deputy())) {
			people.add(owners.deputy());
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}
}
