package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.models.DirectoryUser;
import org.recordsassistant.graphconnector.models.FileRole;
import org.recordsassistant.graphconnector.models.FiledFile;
import org.recordsassistant.graphconnector.models.MailMessage;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordMetadata;
import org.recordsassistant.graphconnector.models.RecordPackage;

/** Models end up in log lines and exception messages by accident; their toString must not carry personal data. */
class ModelsToStringTests {

    @Test
    void leaveOutNamesSubjectsAndPeople() {
        RecordFile file = new RecordFile("Chat with Sam Jones.txt", Path.of("/tmp/Chat with Sam Jones.txt"), 10,
                "a".repeat(64), "text/plain", FileRole.ORIGINAL);
        RecordMetadata metadata = new RecordMetadata("NCCC-2026-000123", "Alex Smith", "WhatsApp",
                List.of("Sam Jones"), "Estates", Instant.EPOCH, Instant.EPOCH, 3, "OFFICIAL", "DECL-1",
                "alex.smith@example.gov.uk", Instant.EPOCH, "a".repeat(64), null);
        RecordPackage recordPackage = new RecordPackage("t-1", "NCCC-2026-000123", "Sam Jones's flat", Instant.EPOCH,
                List.of(file), metadata);
        FiledFile filed = new FiledFile("Chat with Sam Jones.txt", "item-1", 10, "a".repeat(64), "h",
                "https://x/Chat with Sam Jones.txt", FileRole.ORIGINAL);

        String all = String.join(" ", recordPackage.toString(), file.toString(), metadata.toString(),
                filed.toString(),
                new DirectoryUser("id-1", "Alex Smith", "alex@x", "alex@x", "Adviser", "Estates").toString(),
                new MailMessage(List.of("sam@example.com"), "About Sam Jones", "<p>Sam</p>").toString());

        assertThat(all).doesNotContain("Sam", "Alex", "alex", "Chat").contains("t-1", "item-1", "id-1");
    }
}
