package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.LocalFolderRecordsLibrary;
import org.recordsassistant.graphconnector.LocalFolderRecordsLibraryBuilder;
import org.recordsassistant.graphconnector.QuickXorHash;
import org.recordsassistant.graphconnector.models.FileRole;
import org.recordsassistant.graphconnector.models.FiledFile;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.recordsassistant.nccc.transfer.parse.ParseSummary;

/** A real sample turned into a package and filed into a local records folder. */
class RecordPackageBuilderTests {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final String TRANSFER_ID = "3f2a9c01-7d4e-4b7a-9e55-0c1d2e3f4a5b";
	private static final String ORIGINAL_NAME = "WhatsApp Chat with Ports: Group?.txt";
	private static final String BOT_VERSION = "0.1.0-test";

	@TempDir
	Path dir;

	private Path original;
	private Path json;
	private Map<String, Path> attachments;
	private ParseSummary parsed;

	@BeforeEach
	void convertSample() throws IOException {
		original = dir.resolve("upload.txt");
		Files.copy(FilingFixtures.samples().get(0), original);
		json = dir.resolve("conversation.json");
		parsed = FilingFixtures.convert(original, json, dir);
		Path photo = Files.write(dir.resolve("photo.bin"), new byte[] { 1, 2, 3, 4 });
		Path clash = Files.write(dir.resolve("clash.bin"), "not the manifest".getBytes());
		attachments = Map.of("IMG-20240314-WA0001.jpg", photo, "manifest.json", clash);
	}

	private FilingInput input(String declarationReference) {
		return new FilingInput(TRANSFER_ID, FilingInput.referenceFor(declarationReference, TRANSFER_ID),
				"Site visit arrangements",
				List.of(new FilingInput.OriginalFile(ORIGINAL_NAME, original, FilingFixtures.sha256(original))), json,
				attachments, "Priya Shah", "WhatsApp", List.of("Tom Reed"), "ports-policy", "OFFICIAL",
				declarationReference, new FilingInput.Uploader("user-key-1", "Priya Shah", "priya.shah@example.gov.uk"),
				FilingFixtures.UPLOADED_AT, FilingFixtures.CREATED_AT, null);
	}

	private RecordPackage build(FilingInput input, Path packageDir) {
		return new RecordPackageBuilder(new TranscriptPdfRenderer(), new RecordManifestWriter(), BOT_VERSION)
			.build(input, packageDir);
	}

	@Test
	void manifestListsEveryOtherFileWithItsSizeAndSha256() throws IOException {
		RecordPackage recordPackage = build(input("NCCC-2026-000123"), dir.resolve("package"));

		List<RecordFile> files = recordPackage.files();
		assertThat(files).extracting(RecordFile::role).containsExactly(FileRole.ORIGINAL, FileRole.NORMALISED_JSON,
				FileRole.TRANSCRIPT_PDF, FileRole.ATTACHMENT, FileRole.ATTACHMENT, FileRole.MANIFEST);
		assertThat(files).extracting(RecordFile::name).containsExactly("WhatsApp Chat with Ports Group.txt",
				"conversation.json", "transcript.pdf", "IMG-20240314-WA0001.jpg", "manifest (2).json",
				"manifest.json");
		for (RecordFile file : files) {
			assertThat(file.sha256()).isEqualTo(FilingFixtures.sha256(file.path()));
			assertThat(file.quickXorHash()).isEqualTo(QuickXorHash.of(file.path()));
			assertThat(file.size()).isEqualTo(Files.size(file.path()));
		}
		JsonNode manifest = MAPPER.readTree(files.get(files.size() - 1).path().toFile());
		assertThat(manifest.path("files")).hasSize(files.size() - 1);
		for (int i = 0; i < files.size() - 1; i++) {
			JsonNode entry = manifest.path("files").get(i);
			RecordFile file = files.get(i);
			assertThat(entry.path("name").asText()).isEqualTo(file.name());
			assertThat(entry.path("role").asText()).isEqualTo(file.role().name());
			assertThat(entry.path("size").asLong()).isEqualTo(Files.size(file.path()));
			assertThat(entry.path("sha256").asText()).isEqualTo(FilingFixtures.sha256(file.path()));
		}
		assertThat(manifest.path("transferId").asText()).isEqualTo(TRANSFER_ID);
		assertThat(manifest.path("parserVersion").asText()).isEqualTo("1.0.0");
		assertThat(manifest.path("botVersion").asText()).isEqualTo(BOT_VERSION);
		assertThat(manifest.path("uploadedBy").path("userKey").asText()).isEqualTo("user-key-1");
	}

	@Test
	void aKeptPackageKeepsEveryFilesHashes() {
		Path packageDir = dir.resolve("package");
		RecordPackage recordPackage = build(input("NCCC-2026-000123"), packageDir);

		assertThatCode(() -> KeptPackage.keep(packageDir, recordPackage)).doesNotThrowAnyException();

		assertThat(KeptPackage.find(packageDir)).hasValueSatisfying(kept -> assertThat(kept.files())
			.extracting(RecordFile::sha256, RecordFile::quickXorHash)
			.containsExactlyElementsOf(recordPackage.files()
				.stream()
				.map(f -> tuple(f.sha256(), f.quickXorHash()))
				.toList()));
	}

	@Test
	void filesIntoTheLocalFolderLibraryAndVerifiesAgainstTheManifest() throws IOException {
		RecordPackage recordPackage = build(input("NCCC-2026-000123"), dir.resolve("package"));
		LocalFolderRecordsLibrary library = new LocalFolderRecordsLibraryBuilder().root(dir.resolve("records"))
			.buildClient();

		FiledRecord record = library.file(recordPackage);

		assertThat(library.verify(record).passed()).isTrue();
		assertThat(record.files()).extracting(FiledFile::name)
			.containsExactlyElementsOf(recordPackage.files().stream().map(RecordFile::name).toList());
		Path folder = dir.resolve("records").resolve(record.folderPath());
		JsonNode manifest = MAPPER.readTree(folder.resolve(RecordManifestWriter.FILE_NAME).toFile());
		for (JsonNode entry : manifest.path("files")) {
			Path filed = folder.resolve(entry.path("name").asText());
			assertThat(FilingFixtures.sha256(filed)).isEqualTo(entry.path("sha256").asText());
			assertThat(Files.size(filed)).isEqualTo(entry.path("size").asLong());
		}
		assertThat(library.file(recordPackage).files()).isEqualTo(record.files());
	}

	@Test
	void buildingAgainGivesIdenticalFiles() {
		RecordPackage first = build(input("NCCC-2026-000123"), dir.resolve("first"));
		RecordPackage second = build(input("NCCC-2026-000123"), dir.resolve("second"));

		assertThat(second.files()).extracting(RecordFile::sha256)
			.containsExactlyElementsOf(first.files().stream().map(RecordFile::sha256).toList());
	}

	@Test
	void metadataComesFromTheConversationAndTheTransfer() {
		RecordPackage recordPackage = build(input(null), dir.resolve("package"));

		assertThat(recordPackage.reference()).isEqualTo("NCCC-T-3F2A9C01");
		assertThat(recordPackage.metadata().declarationReference()).isEmpty();
		assertThat(recordPackage.metadata().messageCount()).isEqualTo(parsed.stats().messages());
		assertThat(recordPackage.metadata().dateFrom()).isEqualTo(parsed.stats().firstTimestamp().toInstant());
		assertThat(recordPackage.metadata().dateTo()).isEqualTo(parsed.stats().lastTimestamp().toInstant());
		assertThat(recordPackage.metadata().originalSha256()).isEqualTo(FilingFixtures.sha256(original));
		assertThat(recordPackage.metadata().uploadedBy()).isEqualTo("priya.shah@example.gov.uk");
		assertThat(recordPackage.created()).isEqualTo(FilingFixtures.CREATED_AT);
	}

	@Test
	void refusesAnOriginalThatChangedAfterUpload() throws IOException {
		FilingInput input = input("NCCC-2026-000123");
		Files.writeString(original, "tampered", java.nio.file.StandardOpenOption.APPEND);

		assertThatThrownBy(() -> build(input, dir.resolve("package"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SHA-256");
	}

	@Test
	void referenceForATransferWithoutDeclarationUsesTheTransferId() {
		assertThat(FilingInput.referenceFor(null, "ab-cd")).isEqualTo("NCCC-T-ABCD");
		assertThat(FilingInput.referenceFor("NCCC-2026-000001", "ab-cd")).isEqualTo("NCCC-2026-000001");
	}
}
