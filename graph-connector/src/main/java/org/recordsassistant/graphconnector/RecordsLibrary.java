package org.recordsassistant.graphconnector;

import java.util.Optional;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordPackage;
import org.recordsassistant.graphconnector.models.VerificationResult;

/**
 * Port to the records library where filed transfers are kept.
 *
 * <p>Every record goes into the folder {@code <year>/<reference> <subject>} (see {@code RecordPaths} for the
 * sanitising rule). Filing is idempotent by transfer id: filing the same transfer again never creates
 * duplicates. Files already present with the right hash are kept, missing ones are uploaded, and files of the
 * same transfer with a wrong hash are replaced. A file name taken by something that is not part of the
 * transfer gets the next free name {@code name (2).ext}, {@code name (3).ext} and so on.
 *
 * <p>Implementations are thread-safe.
 */
public interface RecordsLibrary {

    /**
     * Files a record, or completes or returns the record already filed for the same transfer id. Same as
     * {@link #file(RecordPackage, UploadProgressListener)} with {@link UploadProgressListener#NONE}.
     *
     * @param recordPackage what to file
     * @return the filed record, with the hashes confirmed by the library
     * @throws HashMismatchException if a file's hash in the library differs from ours, or a local file does not
     *     match its declared SHA-256
     * @throws RecordConflictException if no free name could be found for a file
     * @throws RecordsLibraryException if the library cannot be reached or refuses the request
     * @throws NullPointerException if {@code recordPackage} is null
     */
    default FiledRecord file(RecordPackage recordPackage) {
        return file(recordPackage, UploadProgressListener.NONE);
    }

    /**
     * Files a record, or completes or returns the record already filed for the same transfer id, telling
     * {@code progress} how far each file's upload has got. Files the library already holds are not reported;
     * a file that is sent is reported at least once, when it is complete, on the calling thread.
     *
     * @param recordPackage what to file
     * @param progress told how far each file has got, for progress messages on long uploads
     * @return the filed record, with the hashes confirmed by the library
     * @throws HashMismatchException if a file's hash in the library differs from ours, or a local file does not
     *     match its declared SHA-256
     * @throws RecordConflictException if no free name could be found for a file
     * @throws RecordsLibraryException if the library cannot be reached or refuses the request
     * @throws NullPointerException if an argument is null
     */
    FiledRecord file(RecordPackage recordPackage, UploadProgressListener progress);

    /**
     * Re-reads each file's hash from the library and compares it with the hash recorded when it was filed.
     *
     * @param record a record returned by {@link #file(RecordPackage)} or {@link #findByTransferId(String)}
     * @return the outcome; {@link VerificationResult#passed()} is false if any file is missing or changed
     * @throws RecordsLibraryException if the library cannot be reached
     * @throws NullPointerException if {@code record} is null
     */
    VerificationResult verify(FiledRecord record);

    /**
     * Looks up what is filed for a transfer. A record whose filing was interrupted is returned with the files
     * filed so far; calling {@link #file(RecordPackage)} again completes it.
     *
     * @param transferId the transfer id
     * @return the filed record, or empty if nothing is filed for that transfer
     * @throws RecordsLibraryException if the library cannot be reached
     * @throws NullPointerException if {@code transferId} is null
     */
    Optional<FiledRecord> findByTransferId(String transferId);
}
