package org.recordsassistant.graphconnector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.recordsassistant.graphconnector.models.FileRole;
import org.recordsassistant.graphconnector.models.RecordMetadata;

/**
 * Reads and writes the {@code record.json} sidecar of {@link LocalFolderRecordsLibrary}: the metadata, the
 * files with both hashes, and the retention label. Written through a temporary file and an atomic move, so a
 * reader never sees half a sidecar.
 */
final class RecordSidecar {

    static final String FILE_NAME = "record.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One file entry of the sidecar. */
    record Entry(String name, FileRole role, long size, String sha256, String quickXorHash, String contentType) {
    }

    private RecordSidecar() {
    }

    static void write(Path file, String transferId, String folder, String retentionLabel, RecordMetadata metadata,
            List<Entry> entries) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("transferId", transferId);
        root.put("folder", folder);
        root.put("retentionLabel", retentionLabel);
        root.put("recordLocked", false);
        root.set("metadata", metadata(metadata));
        ArrayNode files = root.putArray("files");
        for (Entry entry : entries) {
            ObjectNode node = files.addObject();
            node.put("name", entry.name());
            node.put("role", entry.role().name());
            node.put("size", entry.size());
            node.put("sha256", entry.sha256());
            node.put("quickXorHash", entry.quickXorHash());
            node.put("contentType", entry.contentType());
        }
        writeAtomically(file, MAPPER.writeValueAsBytes(root));
    }

    static JsonNode read(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }

    static List<Entry> entries(JsonNode sidecar) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : sidecar.path("files")) {
            entries.add(new Entry(node.path("name").asText(), FileRole.valueOf(node.path("role").asText()),
                    node.path("size").asLong(), node.path("sha256").asText(), node.path("quickXorHash").asText(),
                    node.path("contentType").asText()));
        }
        return entries;
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling("." + UUID.randomUUID() + ".part");
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectNode metadata(RecordMetadata metadata) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("reference", metadata.reference());
        node.put("declarant", metadata.declarant());
        node.put("channel", metadata.channel());
        ArrayNode counterparties = node.putArray("counterparties");
        metadata.counterparties().forEach(counterparties::add);
        node.put("businessArea", metadata.businessArea());
        node.put("dateFrom", metadata.dateFrom().toString());
        node.put("dateTo", metadata.dateTo().toString());
        node.put("messageCount", metadata.messageCount());
        node.put("classification", metadata.classification());
        node.put("declarationReference", metadata.declarationReference());
        node.put("uploadedBy", metadata.uploadedBy());
        node.put("uploadedAt", metadata.uploadedAt().toString());
        node.put("originalSha256", metadata.originalSha256());
        node.put("retentionLabel", metadata.retentionLabel());
        return node;
    }
}
