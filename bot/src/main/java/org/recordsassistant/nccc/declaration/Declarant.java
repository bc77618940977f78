package org.recordsassistant.nccc.declaration;

import org.recordsassistant.nccc.teams.spi.Sender;

/**
 * Who declares, as the Teams activity and the directory say: never typed by the user. Teams activities
 * carry no email address, job title or department; {@link DeclarantLookup} fills them in when a
 * directory is configured.
 */
record Declarant(String userKey, String name, String email, String aadObjectId, String tenantId, String jobTitle,
		String department) {

	static Declarant of(Sender sender) {
		return new Declarant(sender.userKey(), sender.name(), null, sender.aadObjectId(), sender.tenantId(), null, null);
	}
}
