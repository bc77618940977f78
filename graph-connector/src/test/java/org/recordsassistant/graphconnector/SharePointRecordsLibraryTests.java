package org.recordsassistant.graphconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.kiota.authentication.AnonymousAuthenticationProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.models.FiledFile;
import org.recordsassistant.graphconnector.models.FiledRecord;
import org.recordsassistant.graphconnector.models.RecordPackage;
import reactor.core.publisher.Mono;

class SharePointRecordsLibraryTests extends RecordsLibraryContract {

    private static final String CONTENT_PUT = "/v1.0/drives/drive-1/items/.*/content.*";
    private static final int LARGE = 1_500_000;
    private static final long SLICE = 327_680;

    private final FakeGraph fake = new FakeGraph();
    private WireMockServer server;
    private SharePointRecordsLibrary library;

    @BeforeEach
    void startFakeGraph() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(fake));
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(FakeGraph.NAME)));
        library = builder().buildClient();
    }

    @AfterEach
    void stopFakeGraph() {
        server.stop();
    }

    private SharePointRecordsLibraryBuilder builder() {
        return unauthenticatedBuilder().authenticationProvider(new AnonymousAuthenticationProvider());
    }

    private SharePointRecordsLibraryBuilder unauthenticatedBuilder() {
        return new SharePointRecordsLibraryBuilder()
                .endpoint("http://127.0.0.1:" + server.port() + "/v1.0")
                .siteId(FakeGraph.SITE_ID)
                .driveId(FakeGraph.DRIVE_ID)
                .retentionLabel(LABEL)
                .largeFileThreshold(1024 * 1024)
                .sliceSize(SLICE)
                .maxRetries(3)
                .timeout(Duration.ofSeconds(10));
    }

    @Override
    RecordsLibrary library() {
        return library;
    }

    @Override
    void tamper(FiledRecord record, FiledFile file) {
        fake.tamper(file.itemId());
    }

    @Override
    void delete(FiledRecord record, FiledFile file) {
        fake.delete(file.itemId());
    }

    @Override
    void placeForeignFile(String folder, String name, byte[] content) {
        fake.putForeignItem(folder + "/" + name, content);
    }

    @Override
    int storedFileCount(String folder) {
        return (int) fake.itemsIn(folder);
    }

    @Test
    void uploadsASmallFileWithOnePutThatFailsOnConflict() throws IOException {
        library.file(recordPackage("small-1", "Site visit arrangements", 1));

        server.verify(1, putRequestedFor(urlMatching(CONTENT_PUT))
                .withQueryParam("@microsoft.graph.conflictBehavior", matching("fail")));
        server.verify(0, postRequestedFor(urlMatching(".*/createUploadSession")));
    }

    @Test
    void uploadsALargeFileThroughAnUploadSessionIn320KiBSlices() throws IOException {
        RecordPackage recordPackage = recordPackage("large-1", "Site visit arrangements", 1, LARGE);

        FiledRecord record = library.file(recordPackage);

        server.verify(1, postRequestedFor(urlMatching(".*/createUploadSession")));
        server.verify((int) ((LARGE + SLICE - 1) / SLICE), putRequestedFor(urlPathMatching("/upload/.*")));
        assertThat(fake.bytes(record.files().get(0).itemId()))
                .isEqualTo(Files.readAllBytes(recordPackage.files().get(0).path()));
        assertThat(library.verify(record).passed()).isTrue();
    }

    @Test
    void retriesAfter429UsingRetryAfter() throws IOException {
        server.stubFor(put(urlMatching(CONTENT_PUT)).atPriority(1).inScenario("throttled")
                .whenScenarioStateIs(STARTED).willSetStateTo("throttled once")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        long start = System.nanoTime();

        FiledRecord record = library.file(recordPackage("throttled-1", "Site visit arrangements", 1));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        server.verify(2, putRequestedFor(urlMatching(CONTENT_PUT)));
        assertThat(fake.bytes(record.files().get(0).itemId())).hasSize(2_000);
        assertThat(library.verify(record).passed()).isTrue();
    }

    /** Retry-After is 1, not 0: OkHttp itself re-sends a 503 once when told to retry without delay. */
    @Test
    void retriesASliceAnswered503UsingRetryAfter() throws IOException {
        server.stubFor(put(urlPathMatching("/upload/.*")).withHeader("Content-Range", matching("bytes 327680-.*"))
                .atPriority(1).inScenario("unavailable").whenScenarioStateIs(STARTED).willSetStateTo("failed once")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        RecordPackage recordPackage = recordPackage("slice-503", "Site visit arrangements", 1, LARGE);

        FiledRecord record = library.file(recordPackage);

        server.verify(6, putRequestedFor(urlPathMatching("/upload/.*")));
        assertThat(fake.bytes(record.files().get(0).itemId()))
                .isEqualTo(Files.readAllBytes(recordPackage.files().get(0).path()));
    }

    @Test
    void resumesAnUploadSessionAfterASliceFailsForGood() throws IOException {
        library = builder().maxRetries(1).buildClient();
        server.stubFor(put(urlPathMatching("/upload/.*")).withHeader("Content-Range", matching("bytes 655360-.*"))
                .atPriority(1).inScenario("outage").whenScenarioStateIs(STARTED).willSetStateTo("one")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        server.stubFor(put(urlPathMatching("/upload/.*")).withHeader("Content-Range", matching("bytes 655360-.*"))
                .atPriority(1).inScenario("outage").whenScenarioStateIs("one").willSetStateTo("over")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        RecordPackage recordPackage = recordPackage("session-resume", "Site visit arrangements", 1, LARGE);

        FiledRecord record = library.file(recordPackage);

        server.verify(1, getRequestedFor(urlPathMatching("/upload/.*")));
        server.verify(1, postRequestedFor(urlMatching(".*/createUploadSession")));
        assertThat(fake.bytes(record.files().get(0).itemId()))
                .isEqualTo(Files.readAllBytes(recordPackage.files().get(0).path()));
        assertThat(library.verify(record).passed()).isTrue();
    }

    @Test
    void sendsTheTokenToGraphButNeverToTheUploadUrl() throws IOException {
        // Graph on 127.0.0.1, upload URLs on "localhost": a different host, as SharePoint's are.
        fake.uploadHost("localhost");
        TokenCredential credential = request -> Mono.just(new AccessToken("graph-token",
                OffsetDateTime.now().plusHours(1)));
        library = unauthenticatedBuilder().credential(credential).buildClient();

        library.file(recordPackage("token-1", "Site visit arrangements", 1, LARGE));

        server.verify(postRequestedFor(urlMatching(".*/createUploadSession"))
                .withHeader("Authorization", equalTo("Bearer graph-token")));
        server.verify(5, putRequestedFor(urlPathMatching("/upload/.*")).withoutHeader("Authorization"));
    }

    @Test
    void renamesALargeFileWhoseNameIsTaken() throws IOException {
        placeForeignFile(FOLDER, "chat.txt", "someone else's notes".getBytes());

        FiledRecord record = library.file(recordPackage("large-conflict", "Site visit arrangements", 1, LARGE));

        assertThat(record.files()).extracting(FiledFile::name).containsExactly("chat (2).txt");
        server.verify(2, postRequestedFor(urlMatching(".*/createUploadSession")));
        assertThat(library.verify(record).passed()).isTrue();
    }

    @Test
    void aFileChangedInPlaceAfterPackagingIsReportedAndReplacedByTheNextFiling() throws IOException {
        RecordPackage recordPackage = recordPackage("changed-1", "Site visit arrangements", 2, LARGE);
        Path original = recordPackage.files().get(0).path();
        byte[] packaged = Files.readAllBytes(original);
        byte[] changed = packaged.clone();
        changed[LARGE / 2] ^= 0x01;
        Files.write(original, changed);

        assertThatThrownBy(() -> library.file(recordPackage)).isInstanceOf(HashMismatchException.class);
        Files.write(original, packaged);
        FiledRecord record = library.file(recordPackage);

        assertThat(record.files()).extracting(FiledFile::name).containsExactly("chat.txt", "conversation.json");
        assertThat(fake.itemsIn(FOLDER)).isEqualTo(2);
        assertThat(fake.bytes(record.files().get(0).itemId())).isEqualTo(packaged);
        assertThat(library.verify(record).passed()).isTrue();
    }

    @Test
    void reportsProgressOfEachUploadSlice() throws IOException {
        List<long[]> reports = new CopyOnWriteArrayList<>();
        library = builder().progressListener((index, sent, total) -> reports.add(new long[] {index, sent, total}))
                .buildClient();

        library.file(recordPackage("progress-1", "Site visit arrangements", 2, LARGE));

        assertThat(reports).hasSize(6);
        assertThat(reports.get(0)).containsExactly(0, SLICE, LARGE);
        assertThat(reports.get(4)).containsExactly(0, LARGE, LARGE);
        assertThat(reports.get(5)[0]).isEqualTo(1);
        assertThat(reports.get(5)[1]).isEqualTo(reports.get(5)[2]);
    }

    @Test
    void givesUpOnACallThatTakesLongerThanTheTimeout() throws IOException {
        library = builder().timeout(Duration.ofSeconds(3)).maxRetries(0).buildClient();
        server.stubFor(put(urlMatching(CONTENT_PUT)).atPriority(1)
                .willReturn(aResponse().withStatus(201).withFixedDelay(8_000)));
        RecordPackage recordPackage = recordPackage("slow-1", "Site visit arrangements", 1);

        assertThatThrownBy(() -> library.file(recordPackage)).isInstanceOfSatisfying(RecordsLibraryException.class,
                e -> {
                    assertThat(e.getStatusCode()).isZero();
                    List<Throwable> causes = new java.util.ArrayList<>();
                    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                        causes.add(c);
                    }
                    assertThat(causes).hasAtLeastOneElementOfType(java.io.InterruptedIOException.class);
                });
        server.verify(1, putRequestedFor(urlMatching(CONTENT_PUT)));
    }

    @Test
    void resumesAnUploadSessionAfterASliceTimesOut() throws IOException {
        // Generous next to a warm call, so a cold first call in a fresh JVM does not time out instead.
        library = builder().timeout(Duration.ofSeconds(3)).buildClient();
        server.stubFor(put(urlPathMatching("/upload/.*")).withHeader("Content-Range", matching("bytes 327680-.*"))
                .atPriority(1).inScenario("slow").whenScenarioStateIs(STARTED).willSetStateTo("fast again")
                .willReturn(aResponse().withStatus(202).withFixedDelay(8_000)));
        RecordPackage recordPackage = recordPackage("slice-timeout", "Site visit arrangements", 1, LARGE);

        FiledRecord record = library.file(recordPackage);

        server.verify(1, getRequestedFor(urlPathMatching("/upload/.*")));
        assertThat(fake.bytes(record.files().get(0).itemId()))
                .isEqualTo(Files.readAllBytes(recordPackage.files().get(0).path()));
    }

    @Test
    void reportsANonJsonErrorPageAsARecordsLibraryException() throws IOException {
        server.stubFor(put(urlMatching(CONTENT_PUT)).atPriority(1).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad gateway</html>")));

        assertThatThrownBy(() -> library.file(recordPackage("proxy-1", "Site visit arrangements", 1)))
                .isInstanceOfSatisfying(RecordsLibraryException.class,
                        e -> assertThat(e.getStatusCode()).isIn(0, 502));
    }

    @Test
    void setsTheListItemColumnsFromTheMetadata() throws IOException {
        FiledRecord record = library.file(recordPackage("fields-1", "Site visit arrangements", 2));

        assertThat(fake.fieldPatches()).hasSize(2);
        FakeGraph.Item original = fake.item(record.files().get(0).itemId());
        assertThat(original.fields)
                .containsEntry("NcccTransferId", "fields-1")
                .containsEntry("NcccReference", "NCCC-2026-000123")
                .containsEntry("NcccChannel", "WhatsApp")
                .containsEntry("NcccCounterparties", "Sam Jones; +44 7700 900123")
                .containsEntry("NcccBusinessArea", "Estates")
                .containsEntry("NcccDateFrom", "2026-01-05T09:00:00Z")
                .containsEntry("NcccDateTo", "2026-01-09T17:30:00Z")
                .containsEntry("NcccMessageCount", 42)
                .containsEntry("NcccClassification", "OFFICIAL")
                .containsEntry("NcccDeclarationReference", "DECL-2026-000045")
                .containsEntry("NcccUploadedBy", "alex.smith@example.gov.uk")
                .containsEntry("NcccFileSha256", record.files().get(0).sha256())
                .containsEntry("NcccFileRole", "ORIGINAL");
    }

    @Test
    void appliesTheRetentionLabelToEveryFileAndReportsTheLock() throws IOException {
        FiledRecord record = library.file(recordPackage("label-1", "Site visit arrangements", 3));

        assertThat(fake.labelPatches()).containsExactlyElementsOf(
                record.files().stream().map(FiledFile::itemId).toList());
        assertThat(fake.item(record.files().get(0).itemId()).label).isEqualTo(LABEL);
        assertThat(record.recordLocked()).isTrue();
    }

    @Test
    void reportsAHashMismatchWithTheItemId() throws IOException {
        fake.corruptNextUpload();

        assertThatThrownBy(() -> library.file(recordPackage("corrupt-1", "Site visit arrangements", 1)))
                .isInstanceOfSatisfying(HashMismatchException.class, e -> {
                    assertThat(e.getItemId()).startsWith("item-");
                    assertThat(e.getMessage()).doesNotContain("chat.txt");
                });
        assertThat(fake.labelPatches()).isEmpty();
    }

    @Test
    void filingAgainAfterAHashMismatchReplacesTheBadItem() throws IOException {
        RecordPackage recordPackage = recordPackage("corrupt-2", "Site visit arrangements", 1);
        fake.corruptNextUpload();
        assertThatThrownBy(() -> library.file(recordPackage)).isInstanceOf(HashMismatchException.class);

        FiledRecord record = library.file(recordPackage);

        assertThat(record.files()).extracting(FiledFile::name).containsExactly("chat.txt");
        assertThat(storedFileCount(FOLDER)).isEqualTo(1);
        assertThat(library.verify(record).passed()).isTrue();
        assertThat(record.retentionLabel()).isEqualTo(LABEL);
    }

    @Test
    void refilingUploadsNothingAgain() throws IOException {
        RecordPackage recordPackage = recordPackage("twice-1", "Site visit arrangements", 3);
        library.file(recordPackage);

        library.file(recordPackage);

        server.verify(3, putRequestedFor(urlMatching(CONTENT_PUT)));
        assertThat(fake.fieldPatches()).hasSize(3);
        assertThat(fake.labelPatches()).hasSize(3);
    }

    @Test
    void completesAnInterruptedFilingWithoutUploadingFinishedFilesAgain() throws IOException {
        RecordPackage recordPackage = recordPackage("interrupted-1", "Site visit arrangements", 3);
        server.stubFor(put(urlMatching(".*conversation\\.json.*/content.*")).atPriority(1)
                .inScenario("outage").whenScenarioStateIs(STARTED).willSetStateTo("over")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"generalException\",\"message\":\"x\"}}")));
        assertThatThrownBy(() -> library.file(recordPackage)).isInstanceOf(RecordsLibraryException.class);
        assertThat(storedFileCount(FOLDER)).isEqualTo(1);

        FiledRecord record = library.file(recordPackage);

        assertThat(record.files()).extracting(FiledFile::name)
                .containsExactly("chat.txt", "conversation.json", "photo-1.jpg");
        server.verify(1, putRequestedFor(urlMatching(".*chat\\.txt.*/content.*")));
        assertThat(fake.fieldPatches()).hasSize(3);
        assertThat(library.verify(record).passed()).isTrue();
    }

    @Test
    void reportsStatusAndRequestIdWhenGraphFinallyFails() throws IOException {
        server.stubFor(put(urlMatching(CONTENT_PUT)).atPriority(1)
                .willReturn(aResponse().withStatus(500).withHeader("request-id", "req-123")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"generalException\",\"message\":\"boom\"}}")));

        assertThatThrownBy(() -> library.file(recordPackage("failing-1", "Site visit arrangements", 1)))
                .isInstanceOfSatisfying(RecordsLibraryException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(500);
                    assertThat(e.getRequestId()).isEqualTo("req-123");
                });
    }
}
