package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.graph.models.DriveItem;
import com.microsoft.graph.models.ItemReference;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.models.FileRole;

class DriveEntryTests {

    @Test
    void readsTheFolderFromTheParentReferenceWhetherEncodedOrNot() {
        assertThat(entry("/drives/b!x/root:/2026/NCCC-2026-000123 Site visit").folderPath())
                .isEqualTo("2026/NCCC-2026-000123 Site visit");
        assertThat(entry("/drives/b!x/root:/2026/NCCC-2026-000123%20Site%20visit+plan").folderPath())
                .isEqualTo("2026/NCCC-2026-000123 Site visit+plan");
        assertThat(entry("/drives/b!x/root:").folderPath()).isEmpty();
    }

    @Test
    void readsOurColumns() {
        DriveItem item = new DriveItem();
        item.setId("i");
        DriveEntry entry = DriveEntry.of(item, "h", Map.of(ListItemFields.TRANSFER_ID, "t",
                ListItemFields.FILE_SHA256, "s", ListItemFields.FILE_ROLE, "MANIFEST"));

        assertThat(entry.transferId()).isEqualTo("t");
        assertThat(entry.sha256()).isEqualTo("s");
        assertThat(entry.role()).isEqualTo(FileRole.MANIFEST);
        assertThat(DriveEntry.of(item, "h", Map.of(ListItemFields.FILE_ROLE, "SOMETHING")).role()).isNull();
    }

    private static DriveEntry entry(String parentPath) {
        DriveItem item = new DriveItem();
        item.setId("i");
        ItemReference parent = new ItemReference();
        parent.setPath(parentPath);
        item.setParentReference(parent);
        return DriveEntry.of(item);
    }
}
