package org.recordsassistant.graphconnector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Microsoft Graph calls {@link SharePointRecordsLibrary} makes, on loopback, for files too large to keep:
 * each upload (a single PUT, a session slice, or a plain PUT to {@code /plain/...} for a baseline) is streamed
 * through QuickXorHash and counted, never held. Items keep their size, hash, list-item fields and label only.
 * Unlike {@link FakeGraph} (WireMock, which buffers every body and keeps a journal), it is fit for a 1 GB file.
 */
final class StreamingFakeGraph implements AutoCloseable {

    static final String SITE_ID = "site-1";
    static final String DRIVE_ID = "drive-1";
    static final String LIST_ID = "list-1";
    private static final String WEB = "https://contoso.sharepoint.com/sites/records/Records/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILTER = Pattern.compile("fields/NcccTransferId eq '((?:[^']|'')*)'");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");
    private static final int BUFFER = 256 * 1024;

    private record Item(String id, String listItemId, String path, long size, String quickXorHash,
            Map<String, Object> fields, String[] label) {
        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        String folder() {
            return path.substring(0, path.lastIndexOf('/'));
        }
    }

    private static final class Session {
        final String path;
        final String conflictBehavior;
        final QuickXorHash hash = new QuickXorHash();
        long received;

        Session(String path, String conflictBehavior) {
            this.path = path;
            this.conflictBehavior = conflictBehavior;
        }
    }

    /** What a plain upload delivered. */
    record Received(long bytes, String quickXorHash) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, Item> items = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Received> plain = new ConcurrentHashMap<>();
    private final AtomicInteger listItemIds = new AtomicInteger();
    private final AtomicLong bytesReceived = new AtomicLong();

    StreamingFakeGraph() throws IOException {
        // Without TCP_NODELAY the small JSON answer to each upload slice waits for the client's delayed ACK
        // (40 ms on Linux): that measured the JDK server, not the library. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0";
    }

    String plainUploadUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/plain/" + name;
    }

    Received plainUpload(String name) {
        return plain.get(name);
    }

    long bytesReceived() {
        return bytesReceived.get();
    }

    /** The stored size and hash of the item at {@code path}, if any. */
    Received item(String path) {
        Item item = items.get(path);
        return item == null ? null : new Received(item.size(), item.quickXorHash());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] raw = exchange.getRequestURI().getRawPath().split("/");
            List<String> segments = Arrays.stream(raw).skip(1).map(StreamingFakeGraph::decode).toList();
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            if (segments.get(0).equals("plain")) {
                Received received = consume(exchange.getRequestBody(), new QuickXorHash());
                plain.put(segments.get(1), received);
                respond(exchange, 201, JSON.createObjectNode().put("size", received.bytes()));
            } else if (segments.get(0).equals("upload")) {
                session(exchange, method, segments.get(1));
            } else {
                List<String> path = segments.subList(1, segments.size());
                if (path.get(0).equals("drives") && path.size() == 3 && path.get(2).equals("list")) {
                    respond(exchange, 200, JSON.createObjectNode().put("id", LIST_ID));
                } else if (path.get(0).equals("drives") && path.get(2).equals("items")) {
                    driveItem(exchange, method, path.get(3), path.subList(4, path.size()), query);
                } else if (path.get(0).equals("sites") && path.get(2).equals("lists")) {
                    listItems(exchange, method, path, query);
                } else {
                    error(exchange, 400, "invalidRequest");
                }
            }
        } catch (RuntimeException e) {
            error(exchange, 500, "fakeGraphFailed");
        }
    }

    private void driveItem(HttpExchange exchange, String method, String ref, List<String> rest, String query)
            throws IOException {
        String byPath = ref.startsWith("root:/") ? ref.substring("root:/".length(), ref.length() - 1) : null;
        Item item = byPath != null ? items.get(byPath) : byId(ref);
        String action = rest.isEmpty() ? "" : rest.get(0);
        if (action.isEmpty() && method.equals("GET")) {
            if (item != null) {
                respond(exchange, 200, itemJson(item));
            } else if (byPath != null && items.keySet().stream().anyMatch(p -> p.startsWith(byPath + "/"))) {
                respond(exchange, 200, JSON.createObjectNode().put("id", "folder-" + byPath.hashCode())
                        .put("webUrl", WEB + byPath));
            } else {
                error(exchange, 404, "itemNotFound");
            }
        } else if (action.equals("content") && method.equals("PUT")) {
            String behavior = param(query, "@microsoft.graph.conflictBehavior");
            if (items.containsKey(byPath) && "fail".equals(behavior)) {
                consume(exchange.getRequestBody(), new QuickXorHash());
                error(exchange, 409, "nameAlreadyExists");
                return;
            }
            Received received = consume(exchange.getRequestBody(), new QuickXorHash());
            respond(exchange, 201, itemJson(store(byPath, received)));
        } else if (action.equals("createUploadSession") && method.equals("POST")) {
            String behavior = JSON.readTree(exchange.getRequestBody()).path("item")
                    .path("@microsoft.graph.conflictBehavior").asText("replace");
            if (behavior.equals("fail") && items.containsKey(byPath)) {
                error(exchange, 409, "nameAlreadyExists");
                return;
            }
            String id = UUID.randomUUID().toString();
            sessions.put(id, new Session(byPath, behavior));
            ObjectNode body = sessionJson(0);
            body.put("uploadUrl", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + id);
            respond(exchange, 200, body);
        } else if (action.equals("retentionLabel") && item != null) {
            if (method.equals("PATCH")) {
                item.label()[0] = JSON.readTree(exchange.getRequestBody()).path("name").asText();
            }
            respond(exchange, 200, item.label()[0] == null ? JSON.createObjectNode() : labelJson(item));
        } else {
            error(exchange, item == null ? 404 : 400, item == null ? "itemNotFound" : "invalidRequest");
        }
    }

    private void listItems(HttpExchange exchange, String method, List<String> path, String query)
            throws IOException {
        if (path.size() == 5 && method.equals("GET")) {
            Matcher filter = FILTER.matcher(String.valueOf(param(query, "$filter")));
            if (!filter.matches()) {
                error(exchange, 400, "invalidRequest");
                return;
            }
            String transferId = filter.group(1).replace("''", "'");
            ObjectNode body = JSON.createObjectNode();
            var value = body.putArray("value");
            items.values().stream().filter(i -> transferId.equals(i.fields().get("NcccTransferId")))
                    .forEach(i -> value.addObject().put("id", i.listItemId())
                            .<ObjectNode>set("fields", JSON.valueToTree(i.fields())).set("driveItem", itemJson(i)));
            respond(exchange, 200, body);
        } else if (path.size() == 7 && path.get(6).equals("fields") && method.equals("PATCH")) {
            Item item = items.values().stream().filter(i -> i.listItemId().equals(path.get(5))).findFirst()
                    .orElse(null);
            if (item == null) {
                error(exchange, 404, "itemNotFound");
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = JSON.readValue(exchange.getRequestBody(), Map.class);
            item.fields().putAll(fields);
            respond(exchange, 200, JSON.valueToTree(item.fields()));
        } else {
            error(exchange, 400, "invalidRequest");
        }
    }

    private void session(HttpExchange exchange, String method, String id) throws IOException {
        Session session = sessions.get(id);
        if (session == null) {
            error(exchange, 404, "itemNotFound");
            return;
        }
        if (method.equals("GET")) {
            respond(exchange, 200, sessionJson(session.received));
            return;
        }
        Matcher range = RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Range")));
        if (!range.matches() || Long.parseLong(range.group(1)) != session.received) {
            consume(exchange.getRequestBody(), new QuickXorHash());
            error(exchange, 416, "invalidRange");
            return;
        }
        session.received += consume(exchange.getRequestBody(), session.hash).bytes();
        long total = Long.parseLong(range.group(3));
        if (session.received < total) {
            respond(exchange, 202, sessionJson(session.received));
            return;
        }
        sessions.remove(id);
        if (items.containsKey(session.path) && session.conflictBehavior.equals("fail")) {
            error(exchange, 409, "nameAlreadyExists");
            return;
        }
        respond(exchange, 201, itemJson(store(session.path, new Received(total, session.hash.digestBase64()))));
    }

    private Received consume(InputStream body, QuickXorHash hash) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = body.read(buffer)) != -1) {
            hash.update(buffer, 0, read);
            total += read;
        }
        bytesReceived.addAndGet(total);
        return new Received(total, hash.digestBase64());
    }

    private Item store(String path, Received received) {
        Item existing = items.get(path);
        Item item = new Item(existing != null ? existing.id() : "item-" + UUID.randomUUID(),
                existing != null ? existing.listItemId() : String.valueOf(listItemIds.incrementAndGet()), path,
                received.bytes(), received.quickXorHash(),
                existing != null ? existing.fields() : new ConcurrentHashMap<>(),
                existing != null ? existing.label() : new String[1]);
        items.put(path, item);
        return item;
    }

    private Item byId(String id) {
        return items.values().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private static ObjectNode itemJson(Item item) {
        ObjectNode node = JSON.createObjectNode().put("id", item.id()).put("name", item.name())
                .put("size", item.size()).put("webUrl", WEB + item.path());
        node.putObject("file").put("mimeType", "application/octet-stream").putObject("hashes")
                .put("quickXorHash", item.quickXorHash());
        node.putObject("parentReference").put("driveId", DRIVE_ID)
                .put("path", "/drives/" + DRIVE_ID + "/root:/" + item.folder());
        node.putObject("sharepointIds").put("listId", LIST_ID).put("listItemId", item.listItemId())
                .put("siteId", SITE_ID);
        node.putObject("listItem").put("id", item.listItemId()).set("fields", JSON.valueToTree(item.fields()));
        return node;
    }

    private static ObjectNode labelJson(Item item) {
        ObjectNode node = JSON.createObjectNode().put("name", item.label()[0]);
        node.putObject("retentionSettings").put("isRecordLocked", true);
        return node;
    }

    private static ObjectNode sessionJson(long received) {
        ObjectNode node = JSON.createObjectNode().put("expirationDateTime", OffsetDateTime.now().plusHours(1)
                .toString());
        node.putArray("nextExpectedRanges").add(received + "-");
        return node;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("request-id", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("message", "fake graph: " + code);
        respond(exchange, status, body);
    }

    private static String param(String query, String name) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return params.get(name);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
