package org.recordsassistant.graphconnector;

/**
 * Told how far an upload has got, for progress messages and for measuring throughput (for example in a
 * benchmark that files a 1 GB export with a small heap). Called on the filing thread: by SharePoint after each
 * upload session slice and once when a single-PUT upload completes, by the local folder after each block it
 * copies. Keep it quick and do not throw from it.
 */
@FunctionalInterface
public interface UploadProgressListener {

    /** A listener that ignores progress. */
    UploadProgressListener NONE = (fileIndex, bytesSent, totalBytes) -> {
    };

    /**
     * Reports progress of one file.
     *
     * @param fileIndex the position of the file in the package, from 0
     * @param bytesSent bytes accepted by the service so far
     * @param totalBytes the file's size
     */
    void onProgress(int fileIndex, long bytesSent, long totalBytes);
}
