package org.recordsassistant.nccc.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recordsassistant.nccc.notification.NotificationProperties.AreaOwners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The routing file's two formats and every way it is refused, with messages that name keys, never people. */
class RoutingFileTests {

	private static RoutingTable parse(String name, String content) throws RoutingFile.Invalid {
		return RoutingFile.parse(name, content.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsYamlAndPropertiesAlike() throws Exception {
		RoutingTable yaml = parse("routing.yml", """
				default-iao: iris@dept.gov.uk
				defaultDeputy: aad-dan
				areas:
				  ports-policy: {iao: aad-paula, deputy: ""}
				  finance:
				    iao: " fiona@dept.gov.uk "
				""");
		RoutingTable properties = parse("routing.properties", """
				# comments are fine
				default-iao = iris@dept.gov.uk
				default_deputy = aad-dan
				areas.ports-policy.iao = aad-paula
				areas.finance.iao = fiona@dept.gov.uk
				""");

		RoutingTable expected = new RoutingTable(Map.of("ports-policy", new AreaOwners("aad-paula", ""),
				"finance", new AreaOwners("fiona@dept.gov.uk", "")), new AreaOwners("iris@dept.gov.uk", "aad-dan"));
		assertThat(yaml).isEqualTo(expected);
		assertThat(properties).isEqualTo(expected);
		assertThat(parse("empty.yaml", "")).isEqualTo(new RoutingTable(Map.of(), RoutingTable.NOBODY));
	}

	@Test
	void refusesWhatItCannotUseWithAMessageThatNamesTheKeyOnly() {
		assertThatThrownBy(() -> parse("r.yaml", "areas:\n  finance:\n    ioa: fiona@dept.gov.uk\n"))
				.hasMessageContaining("unknown key 'areas.finance.ioa'").hasMessageNotContaining("fiona");
		assertThatThrownBy(() -> parse("r.yaml", "fiona@dept.gov.uk: x\n"))
				.hasMessageContaining("(a key containing @)").hasMessageNotContaining("fiona");
		assertThatThrownBy(() -> parse("r.yaml", "areas:\n  finance:\n    iao: [a, b]\n"))
				.hasMessageContaining("'areas.finance.iao' must be a single value");
		assertThatThrownBy(() -> parse("r.yaml", "- just a list\n")).hasMessageContaining("mapping");
		assertThatThrownBy(() -> parse("r.yaml", "areas: {finance: {iao: x\n")).hasMessage("the routing file is not valid YAML");
		assertThatThrownBy(() -> parse("r.properties", "areas.finance.iao=Fiona Smith\n"))
				.hasMessageContaining("must be one Entra object id or user principal name").hasMessageNotContaining("Fiona");
		assertThatThrownBy(() -> parse("r.properties", "areas.finance.deputy=aad-dan\n"))
				.hasMessageContaining("area 'finance' has no iao");
		assertThatThrownBy(() -> parse("r.properties", "default-deputy=aad-dan\n"))
				.hasMessageContaining("default-deputy is set without default-iao");
		assertThatThrownBy(() -> RoutingFile.parse("r.properties", new byte[] { (byte) 0xC3, (byte) 0x28 }))
				.hasMessageContaining("not UTF-8");
	}
}
