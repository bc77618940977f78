package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.models.FileRole;
import org.recordsassistant.graphconnector.models.FiledFile;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordMetadata;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.recordsassistant.graphconnector.models.VerificationResult;
import org.recordsassistant.graphconnector.models.VerificationResult.ProblemKind;

/**
 * The behaviour every {@link RecordsLibrary} must have. Subclasses provide the library and a way to reach
 * behind it to change what it stores.
 */
abstract class RecordsLibraryContract {

    static final String LABEL = "NCCC record - 7 years";
    static final String FOLDER = "2026/NCCC-2026-000123 Site visit arrangements";

    @TempDir
    Path work;

    private final Random random = new Random(20260123);

    /** The library under test, fresh for each test. */
    abstract RecordsLibrary library();

    /** Changes the stored bytes of a filed file behind the library's back. */
    abstract void tamper(FiledRecord record, FiledFile file) throws IOException;

    /** Deletes a filed file behind the library's back. */
    abstract void delete(FiledRecord record, FiledFile file) throws IOException;

    /** Puts a file that the library did not file (no transfer id) at {@code folder/name}. */
    abstract void placeForeignFile(String folder, String name, byte[] content) throws IOException;

    /** Counts the files stored in a record folder, ignoring any sidecar. */
    abstract int storedFileCount(String folder) throws IOException;

    @Test
    void filesEveryFileIntoTheYearAndReferenceFolder() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-1", "Site visit arrangements", 3);

        FiledRecord record = library().file(recordPackage);

        assertThat(record.transferId()).isEqualTo("transfer-1");
        assertThat(record.folderPath()).isEqualTo(FOLDER);
        assertThat(record.files()).extracting(FiledFile::name)
                .containsExactly("chat.txt", "conversation.json", "photo-1.jpg");
        for (int i = 0; i < record.files().size(); i++) {
            FiledFile filed = record.files().get(i);
            RecordFile source = recordPackage.files().get(i);
            assertThat(filed.sha256()).isEqualTo(source.sha256());
            assertThat(filed.size()).isEqualTo(source.size());
            assertThat(filed.quickXorHash()).isEqualTo(QuickXorHash.of(source.path()));
            assertThat(filed.role()).isEqualTo(source.role());
        }
        assertThat(storedFileCount(FOLDER)).isEqualTo(3);
    }

    @Test
    void sanitisesTheSubjectInTheFolderName() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-2", " ~..Budget: Q1/Q2 <draft>? \"final\" | v2.. ", 1);

        FiledRecord record = library().file(recordPackage);

        assertThat(record.folderPath()).isEqualTo("2026/NCCC-2026-000123 Budget Q1Q2 draft final v2");
    }

    @Test
    void appliesTheRetentionLabel() throws IOException {
        FiledRecord record = library().file(recordPackage("transfer-3", "Site visit arrangements", 1));

        assertThat(record.retentionLabel()).isEqualTo(LABEL);
        assertThat(record.retentionLabelApplied()).isTrue();
    }

    @Test
    void filingTheSameTransferTwiceYieldsOneRecord() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-4", "Site visit arrangements", 3);
        FiledRecord first = library().file(recordPackage);

        FiledRecord second = library().file(recordPackage);

        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.folderPath()).isEqualTo(first.folderPath());
        assertThat(storedFileCount(FOLDER)).isEqualTo(3);
        assertThat(library().findByTransferId("transfer-4")).get()
                .satisfies(found -> assertThat(found.files()).containsExactlyInAnyOrderElementsOf(first.files()));
    }

    @Test
    void findsNothingForAnUnknownTransfer() {
        assertThat(library().findByTransferId("never-filed")).isEmpty();
    }

    @Test
    void findsAFiledRecordByTransferId() throws IOException {
        FiledRecord filed = library().file(recordPackage("transfer-5", "Site visit arrangements", 2));

        FiledRecord found = library().findByTransferId("transfer-5").orElseThrow();

        assertThat(found.folderPath()).isEqualTo(filed.folderPath());
        assertThat(found.files()).containsExactlyInAnyOrderElementsOf(filed.files());
        assertThat(found.retentionLabel()).isEqualTo(LABEL);
    }

    @Test
    void verificationPassesOnAnIntactRecord() throws IOException {
        FiledRecord record = library().file(recordPackage("transfer-6", "Site visit arrangements", 3));

        VerificationResult result = library().verify(record);

        assertThat(result.passed()).isTrue();
        assertThat(result.filesChecked()).isEqualTo(3);
    }

    @Test
    void verificationFailsAfterAFileIsTampered() throws IOException {
        FiledRecord record = library().file(recordPackage("transfer-7", "Site visit arrangements", 3));
        FiledFile victim = record.files().get(1);

        tamper(record, victim);
        VerificationResult result = library().verify(record);

        assertThat(result.passed()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.itemId()).isEqualTo(victim.itemId());
            assertThat(problem.kind()).isEqualTo(ProblemKind.HASH_MISMATCH);
        });
    }

    @Test
    void refilingReplacesATamperedFileOfTheSameTransfer() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-8", "Site visit arrangements", 3);
        FiledRecord first = library().file(recordPackage);
        tamper(first, first.files().get(2));

        FiledRecord second = library().file(recordPackage);

        assertThat(second.files()).extracting(FiledFile::name).containsExactly("chat.txt", "conversation.json",
                "photo-1.jpg");
        assertThat(library().verify(second).passed()).isTrue();
        assertThat(storedFileCount(FOLDER)).isEqualTo(3);
    }

    @Test
    void refilingUploadsAFileThatIsMissingAndKeepsTheRest() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-12", "Site visit arrangements", 3);
        FiledRecord first = library().file(recordPackage);
        delete(first, first.files().get(1));
        assertThat(library().verify(first).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.MISSING));

        FiledRecord second = library().file(recordPackage);

        assertThat(second.files().get(0)).isEqualTo(first.files().get(0));
        assertThat(second.files().get(2)).isEqualTo(first.files().get(2));
        assertThat(second.files().get(1).name()).isEqualTo("conversation.json");
        assertThat(library().verify(second).passed()).isTrue();
        assertThat(storedFileCount(FOLDER)).isEqualTo(3);
    }

    @Test
    void renamesAFileWhoseNameIsTakenByAnotherFile() throws IOException {
        placeForeignFile(FOLDER, "chat.txt", "someone else's notes".getBytes());

        FiledRecord record = library().file(recordPackage("transfer-9", "Site visit arrangements", 1));

        assertThat(record.files()).extracting(FiledFile::name).containsExactly("chat (2).txt");
        assertThat(storedFileCount(FOLDER)).isEqualTo(2);
        assertThat(library().verify(record).passed()).isTrue();
    }

    @Test
    void keepsAFileLeftByAnInterruptedFilingWhenItsHashMatches() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-10", "Site visit arrangements", 2);
        placeForeignFile(FOLDER, "chat.txt", Files.readAllBytes(recordPackage.files().get(0).path()));

        FiledRecord record = library().file(recordPackage);

        assertThat(record.files()).extracting(FiledFile::name).containsExactly("chat.txt", "conversation.json");
        assertThat(storedFileCount(FOLDER)).isEqualTo(2);
        assertThat(library().verify(record).passed()).isTrue();
    }

    @Test
    void reportsProgressOfEveryFileItSendsUpToItsSize() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-13", "Site visit arrangements", 3, 1_500_000);
        Map<Integer, List<Long>> sent = new ConcurrentHashMap<>();

        library().file(recordPackage, (index, bytes, total) -> {
            assertThat(total).isEqualTo(recordPackage.files().get(index).size());
            sent.computeIfAbsent(index, i -> new CopyOnWriteArrayList<>()).add(bytes);
        });

        assertThat(sent).containsOnlyKeys(0, 1, 2);
        sent.forEach((index, reports) -> {
            assertThat(reports).isSorted();
            assertThat(reports.get(reports.size() - 1)).isEqualTo(recordPackage.files().get(index).size());
        });
        assertThat(sent.get(0)).as("a large file is reported on the way, not only at the end").hasSizeGreaterThan(1);
    }

    @Test
    void reportsNoProgressForFilesItAlreadyHolds() throws IOException {
        RecordPackage recordPackage = recordPackage("transfer-14", "Site visit arrangements", 2);
        library().file(recordPackage);
        List<Integer> reported = new CopyOnWriteArrayList<>();

        library().file(recordPackage, (index, bytes, total) -> reported.add(index));

        assertThat(reported).isEmpty();
    }

    @Test
    void refusesALocalFileThatDoesNotMatchItsDeclaredSha256() throws IOException {
        RecordPackage honest = recordPackage("transfer-11", "Site visit arrangements", 1);
        RecordFile file = honest.files().get(0);
        Files.write(file.path(), "changed after hashing".getBytes());

        assertThatThrownBy(() -> library().file(honest)).isInstanceOf(HashMismatchException.class);
    }

    @Test
    void filesAndVerifiesFilesThatCarryTheQuickXorHashTakenWhenTheyWerePackaged() throws IOException {
        RecordPackage recordPackage = withQuickXorHashes(recordPackage("transfer-21", "Site visit arrangements", 3));

        FiledRecord record = library().file(recordPackage);

        assertThat(record.files()).extracting(FiledFile::quickXorHash).containsExactlyElementsOf(
                recordPackage.files().stream().map(RecordFile::quickXorHash).toList());
        assertThat(record.files()).extracting(FiledFile::sha256).containsExactlyElementsOf(
                recordPackage.files().stream().map(RecordFile::sha256).toList());
        assertThat(library().verify(record).passed()).isTrue();
    }

    @Test
    void aFileChangedInPlaceAfterPackagingIsCaughtByItsPackagedQuickXorHashAndFiledRightNextTime()
            throws IOException {
        RecordPackage recordPackage = withQuickXorHashes(recordPackage("transfer-22", "Site visit arrangements", 2));
        Path first = recordPackage.files().get(0).path();
        byte[] packaged = Files.readAllBytes(first);
        byte[] changed = packaged.clone();
        changed[packaged.length / 2] ^= 0x40;
        Files.write(first, changed);

        assertThatThrownBy(() -> library().file(recordPackage)).isInstanceOf(HashMismatchException.class);
        Files.write(first, packaged);
        FiledRecord record = library().file(recordPackage);

        assertThat(library().verify(record).passed()).isTrue();
        assertThat(storedFileCount(record.folderPath())).isEqualTo(2);
    }

    @Test
    void refusesAFileWhosePackagedQuickXorHashIsWrong() throws IOException {
        RecordPackage honest = recordPackage("transfer-23", "Site visit arrangements", 1);
        RecordFile file = honest.files().get(0);
        RecordFile mislabelled = new RecordFile(file.name(), file.path(), file.size(), file.sha256(),
                new QuickXorHash().update(new byte[] {1, 2, 3}).digestBase64(), file.contentType(), file.role());
        RecordPackage recordPackage = new RecordPackage(honest.transferId(), honest.reference(), honest.subject(),
                honest.created(), List.of(mislabelled), honest.metadata());

        assertThatThrownBy(() -> library().file(recordPackage)).isInstanceOf(HashMismatchException.class);
    }

    @Test
    void refusesAFileWhoseSizeChangedAfterPackagingEvenWithItsQuickXorHash() throws IOException {
        RecordPackage recordPackage = withQuickXorHashes(recordPackage("transfer-24", "Site visit arrangements", 1));
        Files.write(recordPackage.files().get(0).path(), "changed after hashing".getBytes());

        assertThatThrownBy(() -> library().file(recordPackage)).isInstanceOf(HashMismatchException.class);
    }

    /** The package as the bot's builder makes it: every file with the QuickXorHash of its bytes. */
    static RecordPackage withQuickXorHashes(RecordPackage recordPackage) {
        List<RecordFile> files = recordPackage.files().stream()
                .map(f -> new RecordFile(f.name(), f.path(), f.size(), f.sha256(), QuickXorHash.of(f.path()),
                        f.contentType(), f.role()))
                .toList();
        return new RecordPackage(recordPackage.transferId(), recordPackage.reference(), recordPackage.subject(),
                recordPackage.created(), files, recordPackage.metadata());
    }

    RecordPackage recordPackage(String transferId, String subject, int fileCount) throws IOException {
        return recordPackage(transferId, subject, fileCount, 2_000);
    }

    RecordPackage recordPackage(String transferId, String subject, int fileCount, int firstFileSize)
            throws IOException {
        List<String> names = List.of("chat.txt", "conversation.json", "photo-1.jpg", "photo-2.jpg");
        List<FileRole> roles = List.of(FileRole.ORIGINAL, FileRole.NORMALISED_JSON, FileRole.ATTACHMENT,
                FileRole.ATTACHMENT);
        List<String> types = List.of("text/plain", "application/json", "image/jpeg", "image/jpeg");
        Path dir = Files.createDirectories(work.resolve(transferId));
        List<RecordFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < fileCount; i++) {
            byte[] content = new byte[i == 0 ? firstFileSize : 500 + 300 * i];
            random.nextBytes(content);
            Path path = Files.write(dir.resolve(names.get(i)), content);
            files.add(new RecordFile(names.get(i), path, content.length, sha256(content), types.get(i), roles.get(i)));
        }
        RecordMetadata metadata = new RecordMetadata("NCCC-2026-000123", "alex.smith@example.gov.uk", "WhatsApp",
                List.of("Sam Jones", "+44 7700 900123"), "Estates", Instant.parse("2026-01-05T09:00:00Z"),
                Instant.parse("2026-01-09T17:30:00Z"), 42, "OFFICIAL", "DECL-2026-000045",
                "alex.smith@example.gov.uk", Instant.parse("2026-01-10T10:00:00Z"), files.get(0).sha256(), null);
        return new RecordPackage(transferId, "NCCC-2026-000123", subject, Instant.parse("2026-01-10T10:00:00Z"),
                files, metadata);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
