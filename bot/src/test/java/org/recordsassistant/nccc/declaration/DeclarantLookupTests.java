package org.recordsassistant.nccc.declaration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.Directory;
import org.recordsassistant.graphconnector.RecordsLibraryException;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.nccc.teams.spi.Sender;

import static org.assertj.core.api.Assertions.assertThat;

class DeclarantLookupTests {
	private static final Sender PRIYA = new Sender("29:priya", "aad-priya", "Priya Shah", "tenant-1", "en-GB");

	@Test
	void addsEmailJobTitleAndDepartmentFromTheDirectory() {
		Directory directory = StaticDirectory.of(List.of(new DirectoryUser("aad-priya", "Priya Shah",
				"priya.shah@dept.gov.uk", "pshah@dept.gov.uk", "Policy Adviser", "Ports Policy")), Map.of());
		Declarant declarant = new DeclarantLookup(directory).of(PRIYA);
		assertThat(declarant.email()).isEqualTo("priya.shah@dept.gov.uk");
		assertThat(declarant.jobTitle()).isEqualTo("Policy Adviser");
		assertThat(declarant.department()).isEqualTo("Ports Policy");
		assertThat(declarant.name()).isEqualTo("Priya Shah");
		assertThat(declarant.userKey()).isEqualTo("aad-priya");
	}

	@Test
	void declaresWithTeamsDetailsWhenTheDirectoryDoesNotKnowTheUserOrFails() {
		assertThat(new DeclarantLookup(StaticDirectory.of(List.of(), Map.of())).of(PRIYA)).isEqualTo(Declarant.of(PRIYA));
		Directory broken = new Directory() {
			@Override
			public Optional<DirectoryUser> findUser(String id) {
				throw new RecordsLibraryException("Graph unavailable", 503, "request-1", null);
			}

			@Override
			public Optional<DirectoryUser> findManager(String id) {
				return Optional.empty();
			}
		};
		assertThat(new DeclarantLookup(broken).of(PRIYA)).isEqualTo(Declarant.of(PRIYA));
	}
}
