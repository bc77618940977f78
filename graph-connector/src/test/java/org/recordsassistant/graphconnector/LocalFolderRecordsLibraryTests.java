package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.models.FiledFile;
import org.recordsassistant.graphconnector.models.FiledRecord;

class LocalFolderRecordsLibraryTests extends RecordsLibraryContract {

    @TempDir
    Path root;

    private LocalFolderRecordsLibrary library;

    @BeforeEach
    void createLibrary() {
        library = new LocalFolderRecordsLibraryBuilder().root(root).retentionLabel(LABEL).buildClient();
    }

    @Override
    RecordsLibrary library() {
        return library;
    }

    @Override
    void tamper(FiledRecord record, FiledFile file) throws IOException {
        Path path = library.inside(record.folderPath() + "/" + file.name());
        byte[] bytes = Files.readAllBytes(path);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(path, bytes);
    }

    @Override
    void delete(FiledRecord record, FiledFile file) throws IOException {
        Files.delete(library.inside(record.folderPath() + "/" + file.name()));
    }

    @Override
    void placeForeignFile(String folder, String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(library.inside(folder));
        Files.write(dir.resolve(name), content);
    }

    @Override
    int storedFileCount(String folder) throws IOException {
        try (Stream<Path> files = Files.list(library.inside(folder))) {
            return (int) files.filter(p -> !p.getFileName().toString().equals(RecordSidecar.FILE_NAME)).count();
        }
    }

    @Test
    void writesASidecarWithMetadataHashesAndLabel() throws IOException {
        FiledRecord record = library.file(recordPackage("sidecar-1", "Site visit arrangements", 2));

        JsonNode sidecar = new ObjectMapper().readTree(
                library.inside(record.folderPath()).resolve("record.json").toFile());

        assertThat(sidecar.path("transferId").asText()).isEqualTo("sidecar-1");
        assertThat(sidecar.path("retentionLabel").asText()).isEqualTo(LABEL);
        assertThat(sidecar.path("metadata").path("reference").asText()).isEqualTo("NCCC-2026-000123");
        assertThat(sidecar.path("metadata").path("messageCount").asInt()).isEqualTo(42);
        assertThat(sidecar.path("files")).hasSize(2);
        assertThat(sidecar.path("files").get(0).path("quickXorHash").asText())
                .isEqualTo(record.files().get(0).quickXorHash());
        assertThat(sidecar.path("files").get(0).path("sha256").asText()).isEqualTo(record.files().get(0).sha256());
    }

    @Test
    void verificationReportsADeletedFileAsMissing() throws IOException {
        FiledRecord record = library.file(recordPackage("missing-1", "Site visit arrangements", 2));
        Files.delete(library.inside(record.folderPath() + "/" + record.files().get(0).name()));

        assertThat(library.verify(record).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind().name()).isEqualTo("MISSING"));
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        FiledRecord record = library.file(recordPackage("temp-1", "Site visit arrangements", 3));

        try (Stream<Path> files = Files.list(library.inside(record.folderPath()))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void rejectsPathsThatLeaveTheRoot() {
        assertThatThrownBy(() -> library.inside("../outside")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> library.inside("2026/../../outside")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifyRefusesARecordPointingOutsideTheRoot() {
        FiledRecord forged = new FiledRecord("x", "../elsewhere", "file:///", java.util.List.of(
                new FiledFile("passwd", "id", 1, "0".repeat(64), "AAAAAAAAAAAAAAAAAAAAAAAAAAA=", "file:///",
                        org.recordsassistant.graphconnector.models.FileRole.ORIGINAL)), null, false);

        assertThatThrownBy(() -> library.verify(forged)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildClientNeedsARoot() {
        assertThatThrownBy(() -> new LocalFolderRecordsLibraryBuilder().buildClient())
                .isInstanceOf(IllegalStateException.class);
    }
}
