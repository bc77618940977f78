package org.recordsassistant.nccc.declaration;

import org.recordsassistant.nccc.teams.spi.Sender;

/**
 * Who declares, as the Teams activity says: never typed by the user. Teams activities carry no email
 * address, so {@code email} is null until a directory lookup fills it.
 */
record Declarant(String userKey, String name, String email, String aadObjectId, String tenantId) {

	static Declarant of(Sender sender) {
		return new Declarant(sender.userKey(), sender.name(), null, sender.aadObjectId(), sender.tenantId());
	}
}
