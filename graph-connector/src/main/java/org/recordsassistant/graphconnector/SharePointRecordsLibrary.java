package org.recordsassistant.graphconnector;

import com.microsoft.graph.core.models.IProgressCallback;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recordsassistant.graphconnector.GraphDrive.LabelState;
import org.recordsassistant.graphconnector.models.FileRole;
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
 * Files records into a SharePoint document library through Microsoft Graph.
 *
 * <p>For each file: take its QuickXorHash from the package, or compute it and the SHA-256 (checked against the
 * package) on a background thread while the file is uploaded ({@link PendingDigests}); upload it with conflict
 * behaviour {@code fail} (one PUT up to the large-file threshold, an upload session above it); on a name
 * conflict keep the existing item if it is this transfer's with the same hash, replace it if it is this
 * transfer's with a wrong hash, or try the next name {@code name (n).ext}; compare Graph's
 * {@code quickXorHash} with ours; set the list item's columns; apply the retention label.
 *
 * <p>Immutable and thread-safe; build it with {@link SharePointRecordsLibraryBuilder}. Logs carry counts and
 * item ids only, never names, content or metadata.
 */
public final class SharePointRecordsLibrary implements RecordsLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SharePointRecordsLibrary.class);

    private final GraphDrive drive;
    private final String defaultRetentionLabel;
    private final UploadProgressListener progress;

    SharePointRecordsLibrary(GraphDrive drive, String defaultRetentionLabel, UploadProgressListener progress) {
        this.drive = drive;
        this.defaultRetentionLabel = defaultRetentionLabel;
        this.progress = progress;
    }

    /**
     * {@inheritDoc}
     *
     * @throws HashMismatchException if Graph reports a different QuickXorHash for an uploaded file, or a local
     *     file does not match its declared SHA-256
     * @throws RecordConflictException if no free name could be found for a file
     * @throws RecordsLibraryException if Graph cannot be reached or refuses a request
     */
    @Override
    public FiledRecord file(RecordPackage recordPackage, UploadProgressListener progress) {
        Objects.requireNonNull(recordPackage, "recordPackage must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        UploadProgressListener both = (index, sent, total) -> {
            this.progress.onProgress(index, sent, total);
            progress.onProgress(index, sent, total);
        };
        try {
            return fileChecked(recordPackage, both);
        } catch (RuntimeException e) {
            throw GraphErrors.unexpected(e, "file the record");
        }
    }

    private FiledRecord fileChecked(RecordPackage recordPackage, UploadProgressListener progress) {
        String transferId = recordPackage.transferId();
        List<DriveEntry> existing = drive.findByTransferId(transferId);
        String folder = existing.stream().map(DriveEntry::folderPath).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> RecordPaths.folderPath(recordPackage));
        String label = recordPackage.metadata().retentionLabel() != null
                ? recordPackage.metadata().retentionLabel() : defaultRetentionLabel;
        List<FiledFile> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        boolean allLocked = true;
        int kept = 0;
        for (int index = 0; index < recordPackage.files().size(); index++) {
            RecordFile file = recordPackage.files().get(index);
            PendingDigests pending = PendingDigests.start(file, index);
            Placed placed;
            FileDigests local;
            try {
                long size = sizeOnDisk(file, index);
                if (size != file.size()) {
                    throw new HashMismatchException("package file " + (index + 1), file.size() + " bytes",
                            size + " bytes");
                }
                placed = place(folder, file, pending, existing, used, transferId, index, progress);
                local = awaitDigests(pending, placed, transferId, recordPackage, file);
            } finally {
                pending.cancel();
            }
            DriveEntry item = placed.entry();
            used.add(item.name());
            if (!local.quickXorHash().equals(item.quickXorHash())) {
                LOG.warn("QuickXorHash mismatch on item {}", item.itemId());
                if (!placed.columnsSet()) {
                    // Mark the bad item as this transfer's (but leave it unlabelled) so that filing again
                    // replaces it instead of treating it as someone else's file.
                    drive.setFields(item.itemId(), ListItemFields.of(transferId, recordPackage.metadata(), file));
                }
                throw new HashMismatchException(item.itemId(), local.quickXorHash(), item.quickXorHash());
            }
            if (!placed.columnsSet()) {
                drive.setFields(item.itemId(), ListItemFields.of(transferId, recordPackage.metadata(), file));
            }
            LabelState labelState = null;
            if (label != null) {
                labelState = placed.columnsSet() ? drive.label(item.itemId()) : null;
                if (labelState == null || !label.equals(labelState.name())) {
                    labelState = drive.applyLabel(item.itemId(), label);
                }
            }
            allLocked &= labelState != null && labelState.recordLocked();
            kept += placed.columnsSet() ? 1 : 0;
            files.add(new FiledFile(item.name(), item.itemId(), local.size(), local.sha256(), local.quickXorHash(),
                    item.webUrl(), file.role()));
        }
        String webUrl = drive.webUrl(folder).orElse("");
        LOG.info("filed {} files to SharePoint ({} already complete)", files.size(), kept);
        return new FiledRecord(transferId, folder, webUrl, files, label, label != null && allLocked);
    }

    /**
     * The file's hashes, once uploaded. If it changed since it was packaged, the item just uploaded is marked as
     * this transfer's (unlabelled), so that filing again replaces it.
     */
    private FileDigests awaitDigests(PendingDigests pending, Placed placed, String transferId,
            RecordPackage recordPackage, RecordFile file) {
        try {
            return pending.get();
        } catch (HashMismatchException changed) {
            if (!placed.columnsSet()) {
                drive.setFields(placed.entry().itemId(), ListItemFields.of(transferId, recordPackage.metadata(),
                        file));
            }
            throw changed;
        }
    }

    private static long sizeOnDisk(RecordFile file, int index) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            throw new RecordsLibraryException("could not read file " + (index + 1) + " of the package", e);
        }
    }

    /** The item a file ended up as, and whether its columns were already set by an earlier filing. */
    private record Placed(DriveEntry entry, boolean columnsSet) {
    }

    private Placed place(String folder, RecordFile file, PendingDigests local, List<DriveEntry> existing,
            Set<String> used, String transferId, int index, UploadProgressListener progress) {
        IProgressCallback report = (sent, total) -> progress.onProgress(index, sent, total);
        String base = RecordPaths.fileName(file.name());
        Optional<DriveEntry> prior = existing.stream()
                .filter(e -> file.sha256().equals(e.sha256()) && folder.equals(e.folderPath())
                        && LocalFolderRecordsLibrary.isCandidateOf(e.name(), base) && !used.contains(e.name()))
                .findFirst();
        if (prior.isPresent()) {
            if (local.get().quickXorHash().equals(prior.get().quickXorHash())) {
                return new Placed(prior.get(), true);
            }
            return new Placed(drive.upload(folder + "/" + prior.get().name(), file, GraphDrive.REPLACE, report), false);
        }
        for (int n = 1; n <= RecordPaths.MAX_CANDIDATES; n++) {
            String name = RecordPaths.candidate(base, n);
            if (used.contains(name)) {
                continue;
            }
            String path = folder + "/" + name;
            try {
                return new Placed(drive.upload(path, file, GraphDrive.FAIL, report), false);
            } catch (GraphDrive.NameTakenException e) {
                Optional<DriveEntry> taken = drive.getByPath(path);
                if (taken.isEmpty()) {
                    continue;
                }
                DriveEntry other = taken.get();
                boolean sameHash = local.get().quickXorHash().equals(other.quickXorHash());
                if (transferId.equals(other.transferId())) {
                    return sameHash ? new Placed(other, true)
                            : new Placed(drive.upload(path, file, GraphDrive.REPLACE, report), false);
                }
                if (other.transferId() == null && sameHash) {
                    // Uploaded by an earlier, interrupted filing before its columns were set.
                    return new Placed(other, false);
                }
            }
        }
        throw new RecordConflictException("no free name for a file after " + RecordPaths.MAX_CANDIDATES
                + " candidates; tidy the record folder and file again", GraphErrors.CONFLICT, null);
    }

    /**
     * {@inheritDoc}
     *
     * @throws RecordsLibraryException if Graph cannot be reached or refuses a request
     */
    @Override
    public VerificationResult verify(FiledRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        try {
            return verifyChecked(record);
        } catch (RuntimeException e) {
            throw GraphErrors.unexpected(e, "verify the record");
        }
    }

    private VerificationResult verifyChecked(FiledRecord record) {
        List<FileProblem> problems = new ArrayList<>();
        for (FiledFile file : record.files()) {
            Optional<String> hash = drive.quickXorHash(file.itemId());
            if (hash.isEmpty()) {
                problems.add(new FileProblem(file.itemId(), ProblemKind.MISSING));
            } else if (!hash.get().equals(file.quickXorHash())) {
                problems.add(new FileProblem(file.itemId(), ProblemKind.HASH_MISMATCH));
            }
        }
        if (!problems.isEmpty()) {
            LOG.warn("verification found {} of {} files missing or changed", problems.size(), record.files().size());
        }
        return new VerificationResult(record.transferId(), record.files().size(), problems);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Searches the library's list for items whose transfer id column matches.
     *
     * @throws RecordsLibraryException if Graph cannot be reached or refuses a request
     */
    @Override
    public Optional<FiledRecord> findByTransferId(String transferId) {
        Objects.requireNonNull(transferId, "transferId must not be null");
        try {
            return findChecked(transferId);
        } catch (RuntimeException e) {
            throw GraphErrors.unexpected(e, "look up the transfer");
        }
    }

    private Optional<FiledRecord> findChecked(String transferId) {
        List<DriveEntry> entries = drive.findByTransferId(transferId);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String folder = entries.stream().map(DriveEntry::folderPath).filter(Objects::nonNull).findFirst().orElse("");
        List<FiledFile> files = new ArrayList<>();
        String label = null;
        boolean allLocked = true;
        for (DriveEntry entry : entries) {
            LabelState state = drive.label(entry.itemId());
            label = label == null ? state.name() : label;
            allLocked &= state.recordLocked();
            files.add(new FiledFile(entry.name(), entry.itemId(), entry.size(),
                    entry.sha256() == null ? "" : entry.sha256(),
                    entry.quickXorHash() == null ? "" : entry.quickXorHash(), entry.webUrl(),
                    entry.role() == null ? FileRole.ATTACHMENT : entry.role()));
        }
        return Optional.of(new FiledRecord(transferId, folder, drive.webUrl(folder).orElse(""), files, label,
                label != null && allLocked));
    }
}
