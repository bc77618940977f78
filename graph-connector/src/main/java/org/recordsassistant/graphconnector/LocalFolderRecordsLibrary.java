package org.recordsassistant.graphconnector;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.recordsassistant.graphconnector.models.FiledFile;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.recordsassistant.graphconnector.models.VerificationResult;
import org.recordsassistant.graphconnector.models.VerificationResult.FileProblem;
import org.recordsassistant.graphconnector.models.VerificationResult.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded records library: the same contract as SharePoint, on a local folder.
 *
 * <p>Layout under the root: {@code <year>/<reference> <subject>/} holds the files and a {@code record.json}
 * sidecar (metadata, files, SHA-256 and QuickXorHash, retention label); {@code .transfers/<sha256 of transfer
 * id>.json} maps a transfer id to its folder. Files are copied to a temporary name in the target folder,
 * forced to disk and moved into place atomically. Every path is checked to stay inside the root.
 *
 * <p>Thread-safe within one process; two processes must not share a root. Build with
 * {@link LocalFolderRecordsLibraryBuilder}.
 */
public final class LocalFolderRecordsLibrary implements RecordsLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFolderRecordsLibrary.class);
    private static final String INDEX_FOLDER = ".transfers";

    private final Path root;
    private final String defaultRetentionLabel;
    private final Object lock = new Object();

    LocalFolderRecordsLibrary(Path root, String defaultRetentionLabel) {
        this.root = root;
        this.defaultRetentionLabel = defaultRetentionLabel;
    }

    /**
     * {@inheritDoc}
     *
     * @throws HashMismatchException if a local file does not match its declared SHA-256
     * @throws RecordConflictException if no free name could be found for a file
     * @throws RecordsLibraryException if the folder cannot be written
     */
    @Override
    public FiledRecord file(RecordPackage recordPackage, UploadProgressListener progress) {
        Objects.requireNonNull(recordPackage, "recordPackage must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        synchronized (lock) {
            try {
                return fileLocked(recordPackage, progress);
            } catch (IOException e) {
                LOG.warn("filing to the local records folder failed ({} files)", recordPackage.files().size());
                throw new RecordsLibraryException("could not write the record to the local records folder; check "
                        + "that the folder exists and is writable", e);
            }
        }
    }

    private FiledRecord fileLocked(RecordPackage recordPackage, UploadProgressListener progress)
            throws IOException {
        Optional<String> indexedFolder = indexedFolder(recordPackage.transferId());
        String folder = indexedFolder.orElseGet(() -> RecordPaths.folderPath(recordPackage));
        Path dir = inside(folder);
        Files.createDirectories(dir);
        if (indexedFolder.isEmpty()) {
            writeIndex(recordPackage.transferId(), folder);
        }
        Path sidecar = dir.resolve(RecordSidecar.FILE_NAME);
        List<RecordSidecar.Entry> previous = Files.exists(sidecar)
                && recordPackage.transferId().equals(RecordSidecar.read(sidecar).path("transferId").asText())
                        ? RecordSidecar.entries(RecordSidecar.read(sidecar)) : List.of();
        String label = recordPackage.metadata().retentionLabel() != null
                ? recordPackage.metadata().retentionLabel() : defaultRetentionLabel;
        List<RecordSidecar.Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int kept = 0;
        for (int index = 0; index < recordPackage.files().size(); index++) {
            RecordFile file = recordPackage.files().get(index);
            int fileIndex = index;
            LongConsumer copied = bytes -> progress.onProgress(fileIndex, bytes, file.size());
            FileOutcome outcome = place(dir, folder, file, previous, used, copied);
            used.add(outcome.entry().name());
            entries.add(outcome.entry());
            kept += outcome.kept() ? 1 : 0;
            List<RecordSidecar.Entry> merged = new ArrayList<>(entries);
            previous.stream().filter(p -> merged.stream().noneMatch(e -> e.name().equals(p.name())))
                    .forEach(merged::add);
            RecordSidecar.write(sidecar, recordPackage.transferId(), folder, label, recordPackage.metadata(),
                    merged);
        }
        RecordSidecar.write(sidecar, recordPackage.transferId(), folder, label, recordPackage.metadata(), entries);
        LOG.info("filed {} files to the local records folder ({} already present)", entries.size(), kept);
        return toRecord(recordPackage.transferId(), folder, label, entries);
    }

    private record FileOutcome(RecordSidecar.Entry entry, boolean kept) {
    }

    private FileOutcome place(Path dir, String folder, RecordFile file, List<RecordSidecar.Entry> previous,
            Set<String> used, LongConsumer copied) throws IOException {
        String base = RecordPaths.fileName(file.name());
        Optional<RecordSidecar.Entry> prior = previous.stream()
                .filter(p -> p.sha256().equals(file.sha256()) && isCandidateOf(p.name(), base)
                        && !used.contains(p.name()))
                .findFirst();
        if (prior.isPresent()) {
            Path existing = dir.resolve(prior.get().name());
            if (Files.isRegularFile(existing) && FileDigests.of(existing).sha256().equals(file.sha256())) {
                return new FileOutcome(prior.get(), true);
            }
            return new FileOutcome(write(dir, folder, prior.get().name(), file, true, copied), false);
        }
        for (int n = 1; n <= RecordPaths.MAX_CANDIDATES; n++) {
            String name = RecordPaths.candidate(base, n);
            if (name.equals(RecordSidecar.FILE_NAME) || used.contains(name)) {
                continue;
            }
            Path target = inside(folder + "/" + name);
            if (!Files.exists(target)) {
                return new FileOutcome(write(dir, folder, name, file, false, copied), false);
            }
            boolean ours = previous.stream().anyMatch(p -> p.name().equals(name));
            if (ours) {
                return new FileOutcome(write(dir, folder, name, file, true, copied), false);
            }
            FileDigests onDisk = FileDigests.of(target);
            if (onDisk.sha256().equals(file.sha256())) {
                // Moved into place before the sidecar was updated: an interrupted filing of this transfer.
                return new FileOutcome(new RecordSidecar.Entry(name, file.role(), onDisk.size(), onDisk.sha256(),
                        onDisk.quickXorHash(), file.contentType()), true);
            }
        }
        throw new RecordConflictException("no free name for a file after " + RecordPaths.MAX_CANDIDATES
                + " candidates; tidy the record folder and file again", 0, null);
    }

    private RecordSidecar.Entry write(Path dir, String folder, String name, RecordFile file, boolean replace,
            LongConsumer copied) throws IOException {
        Path target = inside(folder + "/" + name);
        Path temp = dir.resolve("." + UUID.randomUUID() + ".part");
        try {
            FileDigests digests = FileDigests.copy(file.path(), temp, copied);
            if (!digests.sha256().equals(file.sha256())) {
                throw new HashMismatchException(folder + "/" + name, file.sha256(), digests.sha256());
            }
            if (file.quickXorHash() != null && !digests.quickXorHash().equals(file.quickXorHash())) {
                throw new HashMismatchException(folder + "/" + name, file.quickXorHash(), digests.quickXorHash());
            }
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new RecordSidecar.Entry(name, file.role(), digests.size(), digests.sha256(),
                    digests.quickXorHash(), file.contentType());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if the folder cannot be read
     * @throws IllegalArgumentException if the record points outside the root
     */
    @Override
    public VerificationResult verify(FiledRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        List<FileProblem> problems = new ArrayList<>();
        try {
            for (FiledFile file : record.files()) {
                Path path = inside(record.folderPath() + "/" + file.name());
                if (!Files.isRegularFile(path)) {
                    problems.add(new FileProblem(file.itemId(), ProblemKind.MISSING));
                    continue;
                }
                FileDigests digests = FileDigests.of(path);
                if (!digests.sha256().equals(file.sha256()) || !digests.quickXorHash().equals(file.quickXorHash())) {
                    problems.add(new FileProblem(file.itemId(), ProblemKind.HASH_MISMATCH));
                }
            }
        } catch (IOException e) {
            throw new RecordsLibraryException("could not read the record from the local records folder", e);
        }
        if (!problems.isEmpty()) {
            LOG.warn("verification found {} of {} files missing or changed", problems.size(), record.files().size());
        }
        return new VerificationResult(record.transferId(), record.files().size(), problems);
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if the folder cannot be read
     */
    @Override
    public Optional<FiledRecord> findByTransferId(String transferId) {
        Objects.requireNonNull(transferId, "transferId must not be null");
        synchronized (lock) {
            try {
                Optional<String> folder = indexedFolder(transferId);
                if (folder.isEmpty()) {
                    return Optional.empty();
                }
                Path sidecar = inside(folder.get()).resolve(RecordSidecar.FILE_NAME);
                if (!Files.exists(sidecar)) {
                    return Optional.of(toRecord(transferId, folder.get(), null, List.of()));
                }
                JsonNode node = RecordSidecar.read(sidecar);
                String label = node.path("retentionLabel").isTextual() ? node.path("retentionLabel").asText() : null;
                return Optional.of(toRecord(transferId, folder.get(), label, RecordSidecar.entries(node)));
            } catch (IOException e) {
                throw new RecordsLibraryException("could not read the local records folder index", e);
            }
        }
    }

    private FiledRecord toRecord(String transferId, String folder, String label, List<RecordSidecar.Entry> entries) {
        Path dir = inside(folder);
        List<FiledFile> files = entries.stream()
                .map(e -> new FiledFile(e.name(), folder + "/" + e.name(), e.size(), e.sha256(), e.quickXorHash(),
                        dir.resolve(e.name()).toUri().toString(), e.role()))
                .toList();
        return new FiledRecord(transferId, folder, dir.toUri().toString(), files, label, false);
    }

    private Optional<String> indexedFolder(String transferId) throws IOException {
        Path index = indexFile(transferId);
        if (!Files.exists(index)) {
            return Optional.empty();
        }
        JsonNode node = RecordSidecar.mapper().readTree(index.toFile());
        if (!transferId.equals(node.path("transferId").asText())) {
            throw new RecordsLibraryException("the transfer index file does not match its transfer id; restore it "
                    + "from backup", null);
        }
        return Optional.of(node.path("folder").asText());
    }

    private void writeIndex(String transferId, String folder) throws IOException {
        Path index = indexFile(transferId);
        Files.createDirectories(index.getParent());
        byte[] json = RecordSidecar.mapper().writeValueAsBytes(
                RecordSidecar.mapper().createObjectNode().put("transferId", transferId).put("folder", folder));
        RecordSidecar.writeAtomically(index, json);
    }

    private Path indexFile(String transferId) {
        byte[] hash = FileDigests.newSha256().digest(transferId.getBytes(StandardCharsets.UTF_8));
        return root.resolve(INDEX_FOLDER).resolve(HexFormat.of().formatHex(hash) + ".json");
    }

    /** Resolves a library-relative path and rejects anything that would leave the root. */
    Path inside(String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root) && !relative.isEmpty()) {
            throw new IllegalArgumentException("path leaves the records folder");
        }
        return resolved;
    }

    static boolean isCandidateOf(String name, String base) {
        for (int n = 1; n <= RecordPaths.MAX_CANDIDATES; n++) {
            if (RecordPaths.candidate(base, n).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
