package org.recordsassistant.graphconnector;

import com.microsoft.graph.core.models.IProgressCallback;
import com.microsoft.graph.core.models.IUploadSession;
import com.microsoft.graph.core.models.UploadResult;
import com.microsoft.graph.core.requests.upload.UploadSessionRequestBuilder;
import com.microsoft.graph.core.tasks.LargeFileUploadTask;
import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.UploadSession;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.serialization.Parsable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads one file through an upload session that has already been created, resuming after failures.
 *
 * <p>Transient 429/503/504 answers to a slice are retried by the SDK's retry handler (the slice body is a
 * byte array, so it can be re-sent). If a slice still fails, or the connection breaks, we ask the session
 * which ranges it still expects, reopen the file at the first of them and start a new
 * {@link LargeFileUploadTask} on the same session. We do not use the task's own retry loop: it continues
 * from wherever the stream happens to be, and sleeps for seconds between tries.
 *
 * <p>Memory use is one slice: the task copies each slice into a byte array.
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
        Parsable session = created;
        String uploadUrl = created.getUploadUrl();
        long offset = 0;
        int resumes = 0;
        while (true) {
            RuntimeException failure;
            try (PathInputStream in = new PathInputStream(file, offset)) {
                LargeFileUploadTask<DriveItem> task = new LargeFileUploadTask<>(adapter, session, in, size,
                        sliceSize, DriveItem::createFromDiscriminatorValue);
                long base = offset;
                UploadResult<DriveItem> result = task.upload(1,
                        (sent, total) -> progress.report(Math.min(base + sent, total), total));
                if (result.isUploadSuccessful()) {
                    return result.itemResponse;
                }
                failure = new CancellationException("the upload session did not complete");
            } catch (ApiException e) {
                if (e.getResponseStatusCode() == GraphErrors.CONFLICT) {
                    throw e;
                }
                failure = e;
            } catch (RecordsLibraryException e) {
                throw e;
            } catch (RuntimeException e) {
                // CancellationException, or a timeout or broken connection that Kiota wraps unchecked.
                failure = e;
            } catch (IOException e) {
                failure = new RecordsLibraryException("could not read or send a slice of the file", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RecordsLibraryException("interrupted while uploading; file the transfer again", e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the Graph SDK could not read our upload session", e);
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
            offset = Long.parseLong(ranges.get(0).split("-")[0]);
            com.microsoft.graph.core.models.UploadSession next = new com.microsoft.graph.core.models.UploadSession();
            next.setUploadUrl(uploadUrl);
            next.setExpirationDateTime(status.getExpirationDateTime());
            next.setNextExpectedRanges(List.of(ranges.get(0)));
            session = next;
            LOG.debug("resuming large upload at byte {} (resume {})", offset, resumes);
        }
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
