package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.recordsassistant.graphconnector.models.RecordFile;

/**
 * A file's SHA-256 and QuickXorHash. If the package already carries the QuickXorHash (taken when it was built,
 * in the same pass as the SHA-256), those are the hashes, and Graph's hash of what arrived is checked against
 * them: reading and hashing the file again would only repeat that proof at the cost of a SHA-256 pass, which on
 * two cores was a quarter of the 1 GB benchmark's filing time. Otherwise they are computed on a background thread while
 * the same file is uploaded; the upload waits for them only where it needs them: to compare with an item
 * already in the library, and at the end, to check Graph's hash and the package's SHA-256.
 */
final class PendingDigests {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService HASHING = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "graph-connector-hashing-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final RecordFile file;
    private final int index;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<FileDigests> result;

    private PendingDigests(RecordFile file, int index) {
        this.file = file;
        this.index = index;
        this.result = file.quickXorHash() != null
                ? CompletableFuture.completedFuture(new FileDigests(file.size(), file.sha256(), file.quickXorHash()))
                : CompletableFuture.supplyAsync(this::compute, HASHING);
    }

    /** The hashes of {@code file}, the {@code index}-th of its package: from the package, or being computed. */
    static PendingDigests start(RecordFile file, int index) {
        return new PendingDigests(file, index);
    }

    private FileDigests compute() {
        try {
            return FileDigests.of(file.path(), cancelled::get);
        } catch (IOException e) {
            throw new RecordsLibraryException("could not read file " + (index + 1) + " of the package", e);
        }
    }

    /**
     * Waits for the hashes.
     *
     * @throws HashMismatchException if the file no longer matches the SHA-256 in the package
     * @throws RecordsLibraryException if the file could not be read, or the wait was interrupted
     */
    FileDigests get() {
        FileDigests local;
        try {
            local = result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        } catch (CancellationException e) {
            throw new RecordsLibraryException("hashing file " + (index + 1) + " was cancelled", e);
        }
        if (!local.sha256().equals(file.sha256())) {
            throw new HashMismatchException("package file " + (index + 1), file.sha256(), local.sha256());
        }
        return local;
    }

    /** Stops hashing if it is still running, for a filing that failed before it needed the hashes. */
    void cancel() {
        cancelled.set(true);
    }
}
