package org.recordsassistant.graphconnector;

import com.microsoft.graph.models.DriveItem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.recordsassistant.graphconnector.models.FileRole;

/**
 * What we need to know about a drive item: its identity and hash, and the columns we set on it.
 *
 * @param itemId the drive item id
 * @param name the item name
 * @param size the size in bytes
 * @param quickXorHash the hash Graph reports, or null if it reports none
 * @param webUrl the item's web URL
 * @param folderPath the parent folder relative to the drive root, or null if unknown
 * @param transferId our transfer id column, or null if not set
 * @param sha256 our SHA-256 column, or null if not set
 * @param role our role column, or null if not set
 */
record DriveEntry(String itemId, String name, long size, String quickXorHash, String webUrl, String folderPath,
        String transferId, String sha256, FileRole role) {

    static DriveEntry of(DriveItem item) {
        String hash = item.getFile() != null && item.getFile().getHashes() != null
                ? item.getFile().getHashes().getQuickXorHash() : null;
        Map<String, Object> fields = item.getListItem() != null && item.getListItem().getFields() != null
                ? item.getListItem().getFields().getAdditionalData() : Map.of();
        return of(item, hash, fields);
    }

    static DriveEntry of(DriveItem item, String hash, Map<String, Object> fields) {
        Object role = fields.get(ListItemFields.FILE_ROLE);
        FileRole fileRole = null;
        if (role != null) {
            try {
                fileRole = FileRole.valueOf(role.toString());
            } catch (IllegalArgumentException e) {
                fileRole = null;
            }
        }
        return new DriveEntry(item.getId(), item.getName(), item.getSize() == null ? 0 : item.getSize(), hash,
                item.getWebUrl(), folderOf(item), text(fields.get(ListItemFields.TRANSFER_ID)),
                text(fields.get(ListItemFields.FILE_SHA256)), fileRole);
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    /** Turns {@code /drives/{id}/root:/2026/NCCC-2026-000123 Subject} into {@code 2026/NCCC-2026-000123 Subject}. */
    private static String folderOf(DriveItem item) {
        if (item.getParentReference() == null || item.getParentReference().getPath() == null) {
            return null;
        }
        String path = item.getParentReference().getPath();
        int root = path.indexOf("root:");
        if (root < 0) {
            return null;
        }
        String relative = path.substring(root + "root:".length());
        if (relative.indexOf('%') >= 0) {
            // Our names never contain '%' (RecordPaths removes it), so any '%' here is an escape.
            relative = URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return relative.startsWith("/") ? relative.substring(1) : relative;
    }
}
