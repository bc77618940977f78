package org.recordsassistant.graphconnector;

import com.microsoft.graph.core.models.IProgressCallback;
import com.microsoft.graph.core.models.IUploadSession;
import com.microsoft.graph.core.models.UploadResult;
import com.microsoft.graph.core.requests.upload.UploadSessionRequestBuilder;
import com.microsoft.graph.core.requests.upload.UploadSliceRequestBuilder;
import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.UploadSession;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.RequestAdapter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads one file through an upload session that has already been created, resuming after failures.
 *
 * <p>Each slice is a PUT built by the SDK's {@link UploadSliceRequestBuilder}, its body streamed from the file
 * ({@link PathInputStream}), so memory use does not grow with the slice size. We do not use the SDK's
 * {@code LargeFileUploadTask}: it copies every slice into a new byte array (a 10 MiB allocation per slice, and
 * the copy cost a fifth of the upload's CPU in the 1 GB benchmark), continues after a failure from wherever its
 * stream happens to be, and sleeps for seconds between tries.
 *
 * <p>Transient 429/503/504 answers to a slice are retried by the SDK's retry handler, which rewinds the body
 * stream. If a slice still fails, or the connection breaks, we ask the session which ranges it still expects
 * and carry on from the first of them, up to {@code maxResumes} times.
 */
final class LargeFileUploads {

    private static final Logger LOG = LoggerFactory.getLogger(LargeFileUploads.class);

    private final RequestAdapter adapter;
    private final long sliceSize;
    private final int maxResumes;

    LargeFileUploads(RequestAdapter adapter, long sliceSize, int maxResumes) {
        this.adapter = adapter;
        this.sliceSize = sliceSize;
        this.maxResumes = maxResumes;
    }

    /**
     * Uploads {@code size} bytes of the file into the session.
     *
     * @return the created item, or null if the session completed without returning it (ask by path)
     * @throws ApiException with status 409 if the name turned out to be taken when the upload completed
     */
    DriveItem upload(UploadSession created, Path file, long size, IProgressCallback progress) {
        String uploadUrl = created.getUploadUrl();
        long offset = firstExpected(created.getNextExpectedRanges(), 0);
        int resumes = 0;
        while (true) {
            RuntimeException failure;
            try {
                UploadResult<DriveItem> result = null;
                while (offset < size) {
                    long end = Math.min(offset + sliceSize, size);
                    result = putSlice(uploadUrl, file, offset, end, size);
                    progress.report(end, size);
                    if (result.isUploadSuccessful()) {
                        return result.itemResponse;
                    }
                    List<String> expected = result.uploadSession == null ? null
                            : result.uploadSession.getNextExpectedRanges();
                    offset = firstExpected(expected, end);
                }
                failure = new IllegalStateException("every byte was sent but the upload session did not complete");
            } catch (ApiException e) {
                if (e.getResponseStatusCode() == GraphErrors.CONFLICT) {
                    throw e;
                }
                failure = e;
            } catch (RecordsLibraryException e) {
                throw e;
            } catch (RuntimeException e) {
                // A timeout or broken connection, which Kiota wraps unchecked.
                failure = e;
            } catch (IOException e) {
                failure = new RecordsLibraryException("could not read a slice of the file", e);
            }
            if (resumes >= maxResumes) {
                LOG.warn("large upload failed after {} resumes", resumes);
                if (failure instanceof ApiException api) {
                    throw GraphErrors.translate(api, "accept a slice of a large upload");
                }
                throw new RecordsLibraryException("the large upload did not complete after " + resumes
                        + " resumes; file the transfer again to retry", failure);
            }
            resumes++;
            IUploadSession status = status(uploadUrl);
            List<String> ranges = status.getNextExpectedRanges();
            if (ranges == null || ranges.isEmpty()) {
                return null;
            }
            offset = firstExpected(ranges, offset);
            LOG.debug("resuming large upload at byte {} (resume {})", offset, resumes);
        }
    }

    private UploadResult<DriveItem> putSlice(String uploadUrl, Path file, long offset, long end, long size)
            throws IOException {
        try (PathInputStream body = new PathInputStream(file, offset, end - offset)) {
            return new UploadSliceRequestBuilder<>(uploadUrl, adapter, offset, end - 1, size,
                    DriveItem::createFromDiscriminatorValue).put(body);
        }
    }

    /** The start of the first range the session still expects ({@code "26-"} or {@code "26-99"}). */
    private static long firstExpected(List<String> ranges, long otherwise) {
        if (ranges == null || ranges.isEmpty()) {
            return otherwise;
        }
        String first = ranges.get(0);
        int dash = first.indexOf('-');
        return Long.parseLong(dash < 0 ? first.strip() : first.substring(0, dash).strip());
    }

    private IUploadSession status(String uploadUrl) {
        try {
            return new UploadSessionRequestBuilder<>(uploadUrl, adapter, DriveItem::createFromDiscriminatorValue)
                    .get();
        } catch (ApiException e) {
            throw GraphErrors.translate(e, "report the state of an upload session");
        }
    }
}
