package org.recordsassistant.nccc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Features talk only through each other's public API and events; teams never imports a feature. */
class ModularityTests {
	private final ApplicationModules modules = ApplicationModules.of(NcccBotApplication.class);

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void hasOneModulePerJobPlusHosting() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
				.contains("teams", "guidance", "declaration", "transfer", "notification");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
