package org.recordsassistant.graphconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small in-memory Microsoft Graph behind WireMock: path-based uploads with conflict behaviour, upload
 * sessions with ranged PUTs, items with {@code file.hashes.quickXorHash} computed from the stored bytes,
 * {@code sharepointIds}, list-item fields, retention labels and the list query by transfer id. It records
 * field and label PATCHes so tests can assert them. Transient faults (429, 503) are injected with ordinary
 * higher-priority WireMock stubs in the tests; stored-data faults (a wrong hash, tampering) through methods here.
 */
final class FakeGraph implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-graph";
    static final String SITE_ID = "site-1";
    static final String DRIVE_ID = "drive-1";
    static final String LIST_ID = "list-1";
    static final String WEB = "https://contoso.sharepoint.com/sites/records/Records/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILTER = Pattern.compile("fields/NcccTransferId eq '((?:[^']|'')*)'");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    /** A stored file. */
    static final class Item {
        final String id = "item-" + UUID.randomUUID();
        final String listItemId;
        final String path;
        byte[] bytes;
        final Map<String, Object> fields = new LinkedHashMap<>();
        String label;
        String reportedHash;

        Item(String path, byte[] bytes, String listItemId) {
            this.path = path;
            this.bytes = bytes;
            this.listItemId = listItemId;
        }

        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        String folder() {
            return path.substring(0, path.lastIndexOf('/'));
        }

        String quickXorHash() {
            return reportedHash != null ? reportedHash : new QuickXorHash().update(bytes).digestBase64();
        }
    }

    /** A recorded PATCH of list-item fields. */
    record FieldsPatch(String listItemId, Map<String, Object> fields) {
    }

    private static final class Session {
        final String path;
        final String conflictBehavior;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();

        Session(String path, String conflictBehavior) {
            this.path = path;
            this.conflictBehavior = conflictBehavior;
        }
    }

    private final Map<String, Item> itemsByPath = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final List<FieldsPatch> fieldPatches = new ArrayList<>();
    private final List<String> labelPatches = new ArrayList<>();
    private final AtomicInteger listItemIds = new AtomicInteger();
    private boolean corruptNextUpload;
    private String uploadHost;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String[] urlParts = request.getUrl().split("\\?", 2);
        String query = urlParts.length > 1 ? urlParts[1] : "";
        List<String> segments = Arrays.stream(urlParts[0].split("/")).skip(1).map(FakeGraph::decode).toList();
        String method = request.getMethod().getName();
        try {
            if (segments.get(0).equals("upload")) {
                return session(method, segments.get(1), request);
            }
            List<String> path = segments.subList(1, segments.size()); // drop "v1.0"
            if (path.get(0).equals("drives") && path.size() == 3 && path.get(2).equals("list")) {
                return json(200, JSON.createObjectNode().put("id", LIST_ID));
            }
            if (path.get(0).equals("drives") && path.get(2).equals("items")) {
                return driveItem(method, path.get(3), path.subList(4, path.size()), query, request);
            }
            if (path.get(0).equals("sites") && path.get(2).equals("lists")) {
                return listItems(method, path, query, request);
            }
            return error(400, "invalidRequest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseDefinition driveItem(String method, String ref, List<String> rest, String query,
            Request request) throws IOException {
        String byPath = ref.startsWith("root:/") ? ref.substring("root:/".length(), ref.length() - 1) : null;
        Item item = byPath != null ? itemsByPath.get(byPath) : byId(ref);
        if (rest.isEmpty() && method.equals("GET")) {
            if (item != null) {
                return json(200, itemJson(item));
            }
            if (byPath != null && isFolder(byPath)) {
                return json(200, JSON.createObjectNode().put("id", "folder-" + byPath.hashCode())
                        .put("name", byPath.substring(byPath.lastIndexOf('/') + 1)).put("webUrl", WEB + byPath)
                        .set("folder", JSON.createObjectNode().put("childCount", 1)));
            }
            return error(404, "itemNotFound");
        }
        String action = rest.isEmpty() ? "" : rest.get(0);
        if (action.equals("content") && method.equals("PUT")) {
            String behavior = param(query, "@microsoft.graph.conflictBehavior");
            return store(byPath, request.getBody(), behavior == null ? "replace" : behavior, 201);
        }
        if (action.equals("createUploadSession") && method.equals("POST")) {
            String behavior = JSON.readTree(request.getBody()).path("item")
                    .path("@microsoft.graph.conflictBehavior").asText("replace");
            if (behavior.equals("fail") && itemsByPath.containsKey(byPath)) {
                return error(409, "nameAlreadyExists");
            }
            String id = UUID.randomUUID().toString();
            sessions.put(id, new Session(byPath, behavior));
            URI absolute = URI.create(request.getAbsoluteUrl());
            ObjectNode body = sessionJson(sessions.get(id));
            String host = uploadHost == null ? absolute.getHost() : uploadHost;
            body.put("uploadUrl", absolute.getScheme() + "://" + host + ":" + absolute.getPort() + "/upload/" + id);
            return json(200, body);
        }
        if (action.equals("retentionLabel")) {
            if (item == null) {
                return error(404, "itemNotFound");
            }
            if (method.equals("PATCH")) {
                int status = item.label == null ? 201 : 200;
                item.label = JSON.readTree(request.getBody()).path("name").asText();
                labelPatches.add(item.id);
                return json(status, labelJson(item));
            }
            return json(200, item.label == null ? JSON.createObjectNode() : labelJson(item));
        }
        return error(400, "invalidRequest");
    }

    private ResponseDefinition listItems(String method, List<String> path, String query, Request request)
            throws IOException {
        if (path.size() == 5 && method.equals("GET")) {
            Matcher filter = FILTER.matcher(param(query, "$filter"));
            if (!filter.matches()) {
                return error(400, "invalidRequest");
            }
            String transferId = filter.group(1).replace("''", "'");
            ObjectNode body = JSON.createObjectNode();
            var value = body.putArray("value");
            itemsByPath.values().stream().filter(i -> transferId.equals(i.fields.get("NcccTransferId")))
                    .forEach(i -> value.addObject().put("id", i.listItemId)
                            .<ObjectNode>set("fields", JSON.valueToTree(i.fields)).set("driveItem", itemJson(i)));
            return json(200, body);
        }
        if (path.size() == 7 && path.get(6).equals("fields") && method.equals("PATCH")) {
            String listItemId = path.get(5);
            Item item = itemsByPath.values().stream().filter(i -> i.listItemId.equals(listItemId)).findFirst()
                    .orElse(null);
            if (item == null) {
                return error(404, "itemNotFound");
            }
            Map<String, Object> fields = JSON.readValue(request.getBody(), Map.class);
            item.fields.putAll(fields);
            fieldPatches.add(new FieldsPatch(listItemId, fields));
            return json(200, JSON.valueToTree(item.fields));
        }
        return error(400, "invalidRequest");
    }

    private ResponseDefinition session(String method, String id, Request request) throws IOException {
        Session session = sessions.get(id);
        if (session == null) {
            return error(404, "itemNotFound");
        }
        if (method.equals("GET")) {
            return json(200, sessionJson(session));
        }
        if (method.equals("DELETE")) {
            sessions.remove(id);
            return aResponse().withStatus(204).build();
        }
        Matcher range = RANGE.matcher(String.valueOf(request.getHeader("Content-Range")));
        if (!range.matches() || Long.parseLong(range.group(1)) != session.received.size()) {
            return error(416, "invalidRange");
        }
        session.received.write(request.getBody());
        long total = Long.parseLong(range.group(3));
        if (session.received.size() < total) {
            return json(202, sessionJson(session));
        }
        sessions.remove(id);
        return store(session.path, session.received.toByteArray(), session.conflictBehavior, 201);
    }

    private ResponseDefinition store(String path, byte[] bytes, String behavior, int createdStatus) {
        Item existing = itemsByPath.get(path);
        if (existing != null && behavior.equals("fail")) {
            return error(409, "nameAlreadyExists");
        }
        Item item;
        int status;
        if (existing != null) {
            existing.bytes = bytes;
            existing.reportedHash = null;
            item = existing;
            status = 200;
        } else {
            item = new Item(path, bytes, String.valueOf(listItemIds.incrementAndGet()));
            itemsByPath.put(path, item);
            status = createdStatus;
        }
        if (corruptNextUpload) {
            corruptNextUpload = false;
            item.reportedHash = new QuickXorHash().update("not what was sent".getBytes(StandardCharsets.UTF_8))
                    .digestBase64();
        }
        return json(status, itemJson(item));
    }

    private ObjectNode itemJson(Item item) {
        ObjectNode node = JSON.createObjectNode().put("id", item.id).put("name", item.name())
                .put("size", item.bytes.length).put("webUrl", WEB + item.path);
        node.putObject("file").put("mimeType", "application/octet-stream").putObject("hashes")
                .put("quickXorHash", item.quickXorHash());
        node.putObject("parentReference").put("driveId", DRIVE_ID)
                .put("path", "/drives/" + DRIVE_ID + "/root:/" + item.folder());
        node.putObject("sharepointIds").put("listId", LIST_ID).put("listItemId", item.listItemId)
                .put("siteId", SITE_ID);
        node.putObject("listItem").put("id", item.listItemId).set("fields", JSON.valueToTree(item.fields));
        return node;
    }

    private static ObjectNode labelJson(Item item) {
        ObjectNode node = JSON.createObjectNode().put("name", item.label);
        node.putObject("retentionSettings").put("isRecordLocked", true)
                .put("behaviorDuringRetentionPeriod", "retainAsRecord");
        return node;
    }

    private static ObjectNode sessionJson(Session session) {
        ObjectNode node = JSON.createObjectNode()
                .put("expirationDateTime", OffsetDateTime.now().plusHours(1).toString());
        node.putArray("nextExpectedRanges").add(session.received.size() + "-");
        return node;
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("request-id", UUID.randomUUID().toString()).withBody(body.toString()).build();
    }

    private static ResponseDefinition error(int status, String code) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", "fake graph: " + code);
        return json(status, body);
    }

    private boolean isFolder(String path) {
        return itemsByPath.keySet().stream().anyMatch(p -> p.startsWith(path + "/"));
    }

    private Item byId(String id) {
        return itemsByPath.values().stream().filter(i -> i.id.equals(id)).findFirst().orElse(null);
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (decode(kv[0]).equals(name)) {
                return kv.length > 1 ? decode(kv[1]) : "";
            }
        }
        return null;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    // ---- used by tests ----

    /** Hands out upload URLs on another host name (same server), as SharePoint does. */
    synchronized void uploadHost(String host) {
        uploadHost = host;
    }

    synchronized void corruptNextUpload() {
        corruptNextUpload = true;
    }

    synchronized void putForeignItem(String path, byte[] bytes) {
        itemsByPath.put(path, new Item(path, bytes, String.valueOf(listItemIds.incrementAndGet())));
    }

    synchronized void tamper(String itemId) {
        Item item = byId(itemId);
        item.bytes = Arrays.copyOf(item.bytes, item.bytes.length);
        item.bytes[item.bytes.length / 2] ^= 0x01;
    }

    synchronized void delete(String itemId) {
        itemsByPath.values().removeIf(i -> i.id.equals(itemId));
    }

    synchronized byte[] bytes(String itemId) {
        return byId(itemId).bytes.clone();
    }

    synchronized Item item(String itemId) {
        return byId(itemId);
    }

    synchronized long itemsIn(String folder) {
        return itemsByPath.values().stream().filter(i -> i.folder().equals(folder)).count();
    }

    synchronized List<FieldsPatch> fieldPatches() {
        return List.copyOf(fieldPatches);
    }

    synchronized List<String> labelPatches() {
        return List.copyOf(labelPatches);
    }
}
