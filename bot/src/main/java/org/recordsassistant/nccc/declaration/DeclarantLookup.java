package org.recordsassistant.nccc.declaration;

import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.RecordsLibraryException;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.teams.spi.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the declarant's email, job title and department from the directory. A directory that cannot be
 * reached must not stop anyone declaring: the declaration is taken with what Teams said.
 */
final class DeclarantLookup {
	private static final Logger log = LoggerFactory.getLogger(DeclarantLookup.class);

	private final Directory directory;

	DeclarantLookup(Directory directory) {
		this.directory = directory;
	}

	Declarant of(Sender sender) {
		Declarant fromTeams = Declarant.of(sender);
		if (sender.aadObjectId() == null || sender.aadObjectId().isBlank()) {
			return fromTeams;
		}
		try {
			return directory.findUser(sender.aadObjectId()).map(user -> enrich(fromTeams, user)).orElse(fromTeams);
		} catch (RecordsLibraryException | IllegalStateException e) {
			log.warn("Directory lookup for a declarant failed ({}); declaring without directory details",
					e.getClass().getSimpleName());
			return fromTeams;
		}
	}

	private static Declarant enrich(Declarant declarant, DirectoryUser user) {
		String email = user.emailAddress().orElse(null);
		String name = declarant.name() != null && !declarant.name().isBlank() ? declarant.name() : user.displayName();
		return new Declarant(declarant.userKey(), name, email, declarant.aadObjectId(), declarant.tenantId(),
				user.jobTitle(), user.department());
	}
}
