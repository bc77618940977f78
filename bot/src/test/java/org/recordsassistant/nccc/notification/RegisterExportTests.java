package org.recordsassistant.nccc.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.FolderMailer;
import org.recordsassistant.graphconnector.Mailer;
import org.recordsassistant.graphconnector.RecordsLibraryException;
import org.recordsassistant.graphconnector.StaticDirectory;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The export's checks and its ways of failing, each told to the IAO in the chat. */
class RegisterExportTests {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final RegisterExport.Valid MARCH = new RegisterExport.Valid("ports-policy", LocalDate.parse("2026-03-01"),
			LocalDate.parse("2026-03-31"));
	private final StaticDirectory directory = StaticDirectory.of(List.of(
			new DirectoryUser("aad-paula", "Paula Ports", null, "paula@dept.gov.uk", null, null),
			new DirectoryUser("aad-nomail", "No Mail", null, null, null, null)), Map.of());
	private final List<String> told = new CopyOnWriteArrayList<>();
	@TempDir
	Path mail;

	private RegisterExport export(RegisterExport.CsvSource csv, Mailer mailer, DataSize limit) {
		return new RegisterExport(csv, directory, mailer, (user, text) -> told.add(user + ": " + text), Runnable::run,
				new NotificationProperties.Export(366, limit));
	}

	private static RegisterExport.CsvSource rows(int count) {
		return (area, from, to, out) -> {
			out.write("reference,area\r\n");
			for (int i = 0; i < count; i++) {
				out.write("NCCC-2026-" + String.format("%06d", i) + "," + area + "\r\n");
			}
		};
	}

	@Test
	void mailsTheCsvToTheUpnWhenThereIsNoMailAddressAndSaysSo() throws Exception {
		assertThat(export(rows(2), FolderMailer.of(mail), DataSize.ofMegabytes(3)).start("aad-paula", MARCH, "Ports policy"))
				.isTrue();

		try (Stream<Path> files = Files.list(mail)) {
			assertThat(files.toList()).singleElement().satisfies(file -> assertThat(Files.readString(file))
					.contains("To: paula@dept.gov.uk", "filename=\"nccc-register-ports-policy-2026-03-01-to-2026-03-31.csv\""));
		}
		assertThat(told).singleElement().asString().startsWith("aad-paula: I've emailed you the declaration register for "
				+ "**Ports policy** (1 Mar 2026 to 31 Mar 2026)");
	}

	@Test
	void aRegisterTooLargeToMailIsRefusedWithAdvice() throws Exception {
		export(rows(1000), FolderMailer.of(mail), DataSize.ofKilobytes(8)).run("aad-paula", MARCH, "Ports policy");

		assertThat(told).singleElement().asString().contains("larger than 8 KB").contains("Choose a shorter date range");
		try (Stream<Path> files = Files.list(mail)) {
			assertThat(files.toList()).isEmpty();
		}
	}

	@Test
	void noAddressAndAFailingMailServiceAreToldToo() {
		export(rows(1), FolderMailer.of(mail), DataSize.ofMegabytes(3)).run("aad-nomail", MARCH, "Ports policy");
		export(rows(1), message -> {
			throw new RecordsLibraryException("Graph refused", 403, "req", null);
		}, DataSize.ofMegabytes(3)).run("aad-paula", MARCH, "Ports policy");

		assertThat(told).hasSize(2);
		assertThat(told.get(0)).contains("the directory has no email address for you");
		assertThat(told.get(1)).contains("Please try again in a few minutes");
	}

	@Test
	void checksTheRangeAndTheArea() {
		RegisterExport export = export(rows(1), FolderMailer.of(mail), DataSize.ofMegabytes(3));
		ObjectNode yearAndADay = JSON.createObjectNode().put("area", "ports-policy").put("from", "2025-01-01")
				.put("to", "2026-01-02");
		ObjectNode leapYear = JSON.createObjectNode().put("area", "ports-policy").put("from", "2024-01-01").put("to", "2024-12-31");
		ObjectNode missingArea = JSON.createObjectNode().put("from", "2026-01-01").put("to", "2026-01-02");

		assertThat(export.check(yearAndADay, Set.of("ports-policy"))).isInstanceOf(RegisterExport.Invalid.class)
				.extracting(checked -> ((RegisterExport.Invalid) checked).problem()).asString()
				.contains("That range covers 367 days; one export can cover at most 366 days");
		assertThat(export.check(leapYear, Set.of("ports-policy"))).as("a whole leap year is allowed").isEqualTo(new RegisterExport.Valid("ports-policy",
				LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")));
		assertThat(export.check(missingArea, Set.of("ports-policy"))).isInstanceOf(RegisterExport.Invalid.class)
				.extracting(checked -> ((RegisterExport.Invalid) checked).problem()).asString()
				.contains("did not say which business area");
	}
}
