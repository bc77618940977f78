package org.recordsassistant.nccc.declaration;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.recordsassistant.nccc.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recordsassistant.nccc.testing.TestDatabases;
import org.recordsassistant.nccc.testing.TestDatabases.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** The register export for IAOs: one area, a date range, RFC 4180 quoting, no spreadsheet formulas. */
class DeclarationCsvTests {
	private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

	private static DeclarationForm form(String area, LocalDate from, LocalDate to, String subject, String counterparties) {
		DeclarationForm f = Register.form(to);
		return new DeclarationForm(f.channel(), null, f.account(), f.device(), from, to, counterparties, f.external(), area,
				subject, f.significant(), f.classification(), f.personalData(), f.reason(), f.disappearing(),
				f.transferred(), f.holds());
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void exportsOnlyTheAreaAndDeclarationsOverlappingTheRange(Kind kind) throws Exception {
		Register register = new Register(TestDatabases.migrated(kind), new TestClock(Instant.parse("2026-03-10T09:00:00Z")));
		String inRange = submit(register, form("ports-policy", TODAY.minusDays(5), TODAY.minusDays(1), "Berths", "Harbour"));
		String otherArea = submit(register, form("finance", TODAY.minusDays(5), TODAY.minusDays(1), "Budget", "Treasury"));
		String tooEarly = submit(register, form("ports-policy", TODAY.minusDays(60), TODAY.minusDays(40), "Old", "Harbour"));
		register.service.withdraw("aad-alice", inRange, "Duplicate");

		StringWriter out = new StringWriter();
		register.service.exportCsv("ports-policy", TODAY.minusDays(10), TODAY, out);

		String[] lines = out.toString().split("\r\n");
		assertThat(lines[0]).startsWith("reference,status,version,submitted_at");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).startsWith(inRange + ",Withdrawn,1,").contains("Duplicate");
		assertThat(out.toString()).doesNotContain(otherArea).doesNotContain(tooEarly);
	}

	@Test
	void quotesCommasQuotesAndLineBreaksAndDefusesFormulas() throws Exception {
		Register register = new Register(TestDatabases.migrated(Kind.H2), new TestClock(Instant.parse("2026-03-10T09:00:00Z")));
		submit(register, form("ports-policy", TODAY.minusDays(2), TODAY, "=HYPERLINK(\"http://evil\",\"x\")",
				"Smith, J; \"Ports\" group\nand others"));

		StringWriter out = new StringWriter();
		register.service.exportCsv("ports-policy", TODAY.minusDays(2), TODAY, out);

		assertThat(out.toString()).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")
				.contains(",\"Smith, J; \"\"Ports\"\" group\nand others\",");
	}

	@Test
	void defusesEveryFormulaStartCharacter() {
		assertThat(DeclarationCsv.cell("+1")).isEqualTo("'+1");
		assertThat(DeclarationCsv.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(DeclarationCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(DeclarationCsv.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(DeclarationCsv.cell("plain")).isEqualTo("plain");
		assertThat(DeclarationCsv.cell("")).isEmpty();
	}

	private static String submit(Register register, DeclarationForm form) {
		return register.service.submit(Register.ALICE, form, UUID.randomUUID().toString()).reference();
	}
}
