package org.recordsassistant.graphconnector;

import com.microsoft.graph.core.models.IProgressCallback;
import com.microsoft.graph.drives.item.items.item.content.ContentRequestBuilder;
import com.microsoft.graph.drives.item.items.item.createuploadsession.CreateUploadSessionPostRequestBody;
import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.DriveItemUploadableProperties;
import com.microsoft.graph.models.FieldValueSet;
import com.microsoft.graph.models.ItemRetentionLabel;
import com.microsoft.graph.models.ListItem;
import com.microsoft.graph.models.ListItemCollectionResponse;
import com.microsoft.graph.models.UploadSession;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.RequestInformation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordsassistant.graphconnector.models.RecordFile;

/**
 * The Graph calls the SharePoint records library makes, each translated into our exceptions. Paths are
 * relative to the drive root and already sanitised.
 */
final class GraphDrive {

    static final String FAIL = "fail";
    static final String REPLACE = "replace";

    private static final String CONFLICT_BEHAVIOR = "@microsoft.graph.conflictBehavior";
    private static final String[] ITEM_SELECT = {"id", "name", "size", "file", "webUrl", "parentReference"};
    private static final String FIELDS_EXPAND = "fields($select=" + ListItemFields.TRANSFER_ID + ","
            + ListItemFields.FILE_SHA256 + "," + ListItemFields.FILE_ROLE + ")";

    /** Signals that the name is taken (HTTP 409 with conflict behaviour {@code fail}). */
    static final class NameTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NameTakenException() {
            super("name taken", null, false, false);
        }
    }

    /** The retention label state of an item. */
    record LabelState(String name, boolean recordLocked) {
    }

    private final GraphServiceClient graph;
    private final String siteId;
    private final String driveId;
    private final String configuredListId;
    private final long largeFileThreshold;
    private final LargeFileUploads largeFiles;
    private volatile String listId;

    GraphDrive(GraphServiceClient graph, String siteId, String driveId, String listId, long largeFileThreshold,
            long sliceSize, int maxResumes) {
        this.graph = graph;
        this.siteId = siteId;
        this.driveId = driveId;
        this.configuredListId = listId;
        this.largeFileThreshold = largeFileThreshold;
        this.largeFiles = new LargeFileUploads(graph.getRequestAdapter(), sliceSize, maxResumes);
    }

    /**
     * Uploads a file to {@code path}, streaming it from disk.
     *
     * @throws NameTakenException if {@code conflictBehavior} is {@code fail} and the name is taken
     */
    DriveEntry upload(String path, RecordFile file, String conflictBehavior, IProgressCallback progress) {
        try {
            DriveItem item;
            if (file.size() > largeFileThreshold) {
                item = uploadLarge(path, file, conflictBehavior, progress);
            } else {
                item = uploadSmall(path, file, conflictBehavior);
                progress.report(file.size(), file.size());
            }
            if (item == null || item.getFile() == null || item.getFile().getHashes() == null) {
                // Some answers (a session finished by a retry) carry no item or no hashes: ask by path.
                return getByPath(path).orElseThrow(() -> new RecordsLibraryException(
                        "Graph reported the upload complete but the item cannot be found; file again", null));
            }
            return DriveEntry.of(item);
        } catch (ApiException e) {
            if (e.getResponseStatusCode() == GraphErrors.CONFLICT) {
                throw new NameTakenException();
            }
            throw GraphErrors.translate(e, "accept an upload");
        }
    }

    private DriveItem uploadSmall(String path, RecordFile file, String conflictBehavior) {
        ContentRequestBuilder content = graph.drives().byDriveId(driveId).items().byDriveItemId(itemRef(path))
                .content();
        try (PathInputStream in = new PathInputStream(file.path(), 0)) {
            // The PUT builder has no query parameters: build the URL, then add the conflict behaviour
            // (tech-notes §5). The base URL must be in the path parameters before the URL is built.
            RequestInformation request = content.toPutRequestInformation(in);
            request.pathParameters.put("baseurl", graph.getRequestAdapter().getBaseUrl());
            String url = request.getUri().toString() + "?" + CONFLICT_BEHAVIOR + "=" + conflictBehavior;
            // A known length lets the retry handler re-send the (rewindable) body after 429/503/504.
            return content.withUrl(url).put(in,
                    config -> config.headers.add("Content-Length", Long.toString(file.size())));
        } catch (IOException e) {
            throw new RecordsLibraryException("could not read a file to upload it", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the Graph SDK built an invalid upload URL", e);
        }
    }

    private DriveItem uploadLarge(String path, RecordFile file, String conflictBehavior,
            IProgressCallback progress) {
        DriveItemUploadableProperties properties = new DriveItemUploadableProperties();
        properties.getAdditionalData().put(CONFLICT_BEHAVIOR, conflictBehavior);
        CreateUploadSessionPostRequestBody body = new CreateUploadSessionPostRequestBody();
        body.setItem(properties);
        UploadSession session = graph.drives().byDriveId(driveId).items().byDriveItemId(itemRef(path))
                .createUploadSession().post(body);
        return largeFiles.upload(session, file.path(), file.size(), progress);
    }

    Optional<DriveEntry> getByPath(String path) {
        try {
            DriveItem item = graph.drives().byDriveId(driveId).items().byDriveItemId(itemRef(path)).get(config -> {
                config.queryParameters.select = ITEM_SELECT;
                config.queryParameters.expand = new String[] {"listItem($expand=" + FIELDS_EXPAND + ")"};
            });
            return Optional.ofNullable(item).map(DriveEntry::of);
        } catch (ApiException e) {
            if (e.getResponseStatusCode() == GraphErrors.NOT_FOUND) {
                return Optional.empty();
            }
            throw GraphErrors.translate(e, "read an item");
        }
    }

    Optional<String> quickXorHash(String itemId) {
        try {
            DriveItem item = graph.drives().byDriveId(driveId).items().byDriveItemId(itemId)
                    .get(config -> config.queryParameters.select = new String[] {"id", "file"});
            return Optional.ofNullable(DriveEntry.of(item).quickXorHash());
        } catch (ApiException e) {
            if (e.getResponseStatusCode() == GraphErrors.NOT_FOUND) {
                return Optional.empty();
            }
            throw GraphErrors.translate(e, "read an item's hash");
        }
    }

    void setFields(String itemId, Map<String, Object> fields) {
        try {
            DriveItem ids = graph.drives().byDriveId(driveId).items().byDriveItemId(itemId)
                    .get(config -> config.queryParameters.select = new String[] {"id", "sharepointIds"});
            if (ids.getSharepointIds() == null || ids.getSharepointIds().getListItemId() == null) {
                throw new RecordsLibraryException("Graph returned no SharePoint list item for an uploaded file; "
                        + "check that the drive is a SharePoint document library", null);
            }
            String list = configuredListId != null ? configuredListId : ids.getSharepointIds().getListId();
            FieldValueSet values = new FieldValueSet();
            values.setAdditionalData(new HashMap<>(fields));
            graph.sites().bySiteId(siteId).lists().byListId(list).items()
                    .byListItemId(ids.getSharepointIds().getListItemId()).fields().patch(values);
        } catch (ApiException e) {
            throw GraphErrors.translate(e, "set the record's columns");
        }
    }

    LabelState applyLabel(String itemId, String labelName) {
        try {
            ItemRetentionLabel label = new ItemRetentionLabel();
            label.setName(labelName);
            return state(graph.drives().byDriveId(driveId).items().byDriveItemId(itemId).retentionLabel()
                    .patch(label));
        } catch (ApiException e) {
            throw GraphErrors.translate(e, "apply the retention label");
        }
    }

    LabelState label(String itemId) {
        try {
            return state(graph.drives().byDriveId(driveId).items().byDriveItemId(itemId).retentionLabel().get());
        } catch (ApiException e) {
            if (e.getResponseStatusCode() == GraphErrors.NOT_FOUND) {
                return new LabelState(null, false);
            }
            throw GraphErrors.translate(e, "read the retention label");
        }
    }

    private static LabelState state(ItemRetentionLabel label) {
        if (label == null || label.getName() == null || label.getName().isEmpty()) {
            return new LabelState(null, false);
        }
        boolean locked = label.getRetentionSettings() != null
                && Boolean.TRUE.equals(label.getRetentionSettings().getIsRecordLocked());
        return new LabelState(label.getName(), locked);
    }

    /** Every item whose transfer id column equals {@code transferId}, following result pages. */
    List<DriveEntry> findByTransferId(String transferId) {
        try {
            var items = graph.sites().bySiteId(siteId).lists().byListId(listId()).items();
            ListItemCollectionResponse page = items.get(config -> {
                config.queryParameters.filter = "fields/" + ListItemFields.TRANSFER_ID + " eq '"
                        + transferId.replace("'", "''") + "'";
                config.queryParameters.expand = new String[] {FIELDS_EXPAND,
                    "driveItem($select=" + String.join(",", ITEM_SELECT) + ")"};
                // The column is indexed by the provisioning script; this header keeps small libraries working
                // before the index exists.
                config.headers.add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly");
            });
            List<DriveEntry> entries = new ArrayList<>();
            while (page != null) {
                for (ListItem listItem : page.getValue()) {
                    DriveItem item = listItem.getDriveItem();
                    if (item == null) {
                        continue;
                    }
                    Map<String, Object> fields = listItem.getFields() == null ? Map.of()
                            : listItem.getFields().getAdditionalData();
                    entries.add(DriveEntry.of(item, DriveEntry.of(item).quickXorHash(), fields));
                }
                page = page.getOdataNextLink() == null ? null : items.withUrl(page.getOdataNextLink()).get();
            }
            return entries;
        } catch (ApiException e) {
            throw GraphErrors.translate(e, "search the records list by transfer id");
        }
    }

    Optional<String> webUrl(String path) {
        return getByPath(path).map(DriveEntry::webUrl);
    }

    private String listId() {
        String id = listId;
        if (id == null) {
            id = configuredListId;
            if (id == null) {
                try {
                    id = graph.drives().byDriveId(driveId).list()
                            .get(config -> config.queryParameters.select = new String[] {"id"}).getId();
                } catch (ApiException e) {
                    throw GraphErrors.translate(e, "read the records library's list id");
                }
            }
            listId = id;
        }
        return id;
    }

    private static String itemRef(String path) {
        return "root:/" + path + ":";
    }
}
