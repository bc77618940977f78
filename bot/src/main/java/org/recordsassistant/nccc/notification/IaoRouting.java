package org.recordsassistant.nccc.notification;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.nccc.notification.NotificationProperties.AreaOwners;

/**
 * Finds the IAO and deputy for a business area; an area nobody owns goes to the default and is flagged.
 * The routing can change while the bot runs (see {@link RoutingSource}), and configured UPNs become
 * object ids through the directory without ever holding up a turn (see {@link UserKeys}): an area
 * whose IAO cannot be resolved yet goes to the default, flagged like an unrouted one.
 */
final class IaoRouting implements AutoCloseable {
	private final RoutingSource source;
	private final UserKeys keys;

	/** Routing from properties alone, object ids only: what tests of the notices need. */
	IaoRouting(NotificationProperties settings) {
		this(settings, StaticDirectory.of(List.of(), Map.of()));
	}

	/** @throws IllegalStateException when the routing file is configured but unusable */
	IaoRouting(NotificationProperties settings, Directory directory) {
		this.keys = new UserKeys(directory, settings.directoryWait(), System::nanoTime);
		Path file = settings.routingFile().isBlank() ? null : Path.of(settings.routingFile());
		this.source = new RoutingSource(RoutingTable.of(settings), file, settings.routingCheck(), System::nanoTime,
				this::warm);
		warm();
	}

	/**
	 * @param iao the IAO's user key, blank when nobody is configured
	 * @param deputy the deputy's user key, may be blank
	 * @param unrouted true when the area had no owner of its own and went to the default
	 */
	record Route(String iao, String deputy, boolean unrouted) {
		boolean hasIao() {
			return iao != null && !iao.isBlank();
		}
	}

	Route route(String businessArea) {
		RoutingTable table = source.current();
		AreaOwners own = businessArea == null ? null : table.areas().get(businessArea);
		Set<String> people = new LinkedHashSet<>();
		if (own != null) {
			people.add(own.iao());
			people.add(own.deputy());
		}
		people.add(table.fallback().iao());
		people.add(table.fallback().deputy());
		return route(table, keys.resolve(people), businessArea);
	}

	/**
	 * The areas a user answers for, as IAO or deputy, among {@code knownAreas} and the routed ones; the
	 * default IAO and deputy answer for every area without an IAO of its own.
	 */
	OwnerScope scopeOf(String userKey, Collection<String> knownAreas) {
		RoutingTable table = source.current();
		Map<String, String> ids = keys.resolve(table.configuredPeople());
		Set<String> areas = new TreeSet<>();
		for (String area : allAreas(table, knownAreas)) {
			Route route = route(table, ids, area);
			if (userKey.equals(route.iao()) || userKey.equals(route.deputy())) {
				areas.add(area);
			}
		}
		Route fallback = route(table, ids, null);
		return new OwnerScope(areas, userKey.equals(fallback.iao()) || userKey.equals(fallback.deputy()));
	}

	/** Everyone who is the IAO of some area among {@code knownAreas} or the routed ones, or the default IAO. */
	Set<String> iaos(Collection<String> knownAreas) {
		RoutingTable table = source.current();
		Map<String, String> ids = keys.resolve(table.configuredPeople());
		Set<String> iaos = new TreeSet<>();
		for (String area : allAreas(table, knownAreas)) {
			iaos.add(route(table, ids, area).iao());
		}
		iaos.add(route(table, ids, null).iao());
		iaos.remove("");
		return iaos;
	}

	/** A user's display name from the directory, waiting no longer than a routing decision would. */
	Optional<String> nameOf(String userKey) {
		return userKey == null || userKey.isBlank() ? Optional.empty() : keys.displayName(userKey);
	}

	/**
	 * @param areas the business areas the user is IAO or deputy for
	 * @param defaultOwner the user is the default IAO or deputy, so also sees notices for unknown areas
	 */
	record OwnerScope(Set<String> areas, boolean defaultOwner) {
		boolean isOwner() {
			return !areas.isEmpty() || defaultOwner;
		}
	}

	private static Route route(RoutingTable table, Map<String, String> ids, String area) {
		AreaOwners own = area == null ? null : table.areas().get(area);
		if (own != null && ids.containsKey(own.iao())) {
			return new Route(ids.get(own.iao()), ids.getOrDefault(own.deputy(), ""), false);
		}
		AreaOwners fallback = table.fallback();
		return new Route(ids.getOrDefault(fallback.iao(), ""), ids.getOrDefault(fallback.deputy(), ""), true);
	}

	private static Set<String> allAreas(RoutingTable table, Collection<String> knownAreas) {
		Set<String> areas = new TreeSet<>(knownAreas);
		areas.addAll(table.areas().keySet());
		return areas;
	}

	private void warm() {
		keys.warm(source == null ? List.of() : source.current().configuredPeople());
	}

	@Override
	public void close() {
		keys.close();
	}
}
