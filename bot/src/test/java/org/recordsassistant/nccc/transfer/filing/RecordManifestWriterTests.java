package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.models.FileRole;

class RecordManifestWriterTests {

	private static final String HASH = "ab".repeat(32);

	@TempDir
	Path dir;

	private static RecordManifest manifest(String declarationReference) {
		return new RecordManifest("transfer-1", "NCCC-T-TRANSFER", declarationReference, FilingFixtures.CREATED_AT,
				"user-key-1", "Priya Shah", FilingFixtures.UPLOADED_AT, "1.0.0", "1.0", "0.1.0",
				List.of(new RecordManifest.Entry("chat.zip", FileRole.ORIGINAL, 512, HASH, "application/zip"),
						new RecordManifest.Entry("conversation.json", FileRole.NORMALISED_JSON, 2048, HASH,
								"application/json")));
	}

	@Test
	void writesFieldsInAFixedOrderWithNullForNoDeclaration() throws IOException {
		Path file = dir.resolve(RecordManifestWriter.FILE_NAME);

		new RecordManifestWriter().write(manifest(null), file);

		JsonNode json = new ObjectMapper().readTree(file.toFile());
		List<String> fields = new ArrayList<>();
		json.fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactly("manifestVersion", "transferId", "reference", "declarationReference",
				"createdAt", "uploadedBy", "uploadedAt", "parserVersion", "conversationSchemaVersion", "botVersion",
				"hashAlgorithm", "files");
		assertThat(json.path("declarationReference").isNull()).isTrue();
		assertThat(json.path("createdAt").asText()).isEqualTo("2026-03-02T10:20:00Z");
		assertThat(json.path("hashAlgorithm").asText()).isEqualTo("SHA-256");
		List<String> fileFields = new ArrayList<>();
		json.path("files").get(0).fieldNames().forEachRemaining(fileFields::add);
		assertThat(fileFields).containsExactly("name", "role", "size", "sha256", "contentType");
	}

	@Test
	void sameManifestGivesTheSameBytes() throws IOException {
		Path first = dir.resolve("first.json");
		Path second = dir.resolve("second.json");

		new RecordManifestWriter().write(manifest("NCCC-2026-000123"), first);
		new RecordManifestWriter().write(manifest("NCCC-2026-000123"), second);

		assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
		assertThat(Files.readString(first)).doesNotContain("\r").endsWith("}\n");
	}
}
