package org.recordsassistant.nccc.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.nccc.teams.spi.IncomingFile;
import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentDownloaderTests {
	private final WireMockServer files = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
	@TempDir
	Path job;

	@BeforeEach
	void start() {
		files.start();
	}

	@AfterEach
	void stop() {
		files.stop();
	}

	private AttachmentDownloader downloader(long maxBytes, Duration timeout) {
		return new AttachmentDownloader(new TransferProperties(DataSize.ofBytes(maxBytes), timeout, Duration.ofSeconds(2),
				job));
	}

	private IncomingFile file(String name, String path) {
		return new IncomingFile(name, "application/vnd.microsoft.teams.file.download.info",
				"http://127.0.0.1:" + files.port() + path, "txt", "u1");
	}

	@Test
	void streamsTheFileToTheJobFolderWithItsSha256() throws Exception {
		byte[] chat = "[14/03/2024, 09:05:12] Priya Shah: Option B?\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
		files.stubFor(get(urlEqualTo("/chat")).willReturn(aResponse().withBody(chat).withHeader("Content-Type", "text/plain")));

		AttachmentDownloader.DownloadedFile downloaded = downloader(1_000_000, Duration.ofSeconds(5))
				.download(file("WhatsApp Chat with Ports.txt", "/chat"), job);

		assertThat(downloaded.path()).startsWith(job).hasFileName("WhatsApp Chat with Ports.txt");
		assertThat(Files.readAllBytes(downloaded.path())).isEqualTo(chat);
		assertThat(downloaded.size()).isEqualTo(chat.length);
		assertThat(downloaded.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chat)));
	}

	@Test
	void refusesAFileWhoseDeclaredLengthIsOverTheLimit() {
		files.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withBody(new byte[5000])));
		assertThatThrownBy(() -> downloader(4000, Duration.ofSeconds(5)).download(file("big.zip", "/big"), job))
				.isInstanceOfSatisfying(DownloadRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(DownloadRejectedException.Reason.TOO_LARGE));
	}

	@Test
	void stopsAStreamThatGrowsPastTheLimitAndLeavesNothingBehind() throws Exception {
		files.stubFor(get(urlEqualTo("/chunked")).willReturn(aResponse().withBody(new byte[300_000])
				.withChunkedDribbleDelay(10, 50)));
		assertThatThrownBy(() -> downloader(100_000, Duration.ofSeconds(5)).download(file("chat.zip", "/chunked"), job))
				.isInstanceOfSatisfying(DownloadRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(DownloadRejectedException.Reason.TOO_LARGE));
		try (var left = Files.walk(job)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void expiredLinkIsExplained() {
		files.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(403)));
		assertThatThrownBy(() -> downloader(1000, Duration.ofSeconds(5)).download(file("chat.txt", "/gone"), job))
				.isInstanceOfSatisfying(DownloadRejectedException.class, e -> {
					assertThat(e.reason()).isEqualTo(DownloadRejectedException.Reason.UNAVAILABLE);
					assertThat(e.reason().userMessage()).contains("send the file again");
				});
	}

	@Test
	void slowDownloadTimesOut() {
		files.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withBody("x").withFixedDelay(3000)));
		assertThatThrownBy(() -> downloader(1000, Duration.ofMillis(500)).download(file("chat.txt", "/slow"), job))
				.isInstanceOfSatisfying(DownloadRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(DownloadRejectedException.Reason.TIMED_OUT));
	}

	@Test
	void emptyFileIsRefusedWithItsOwnMessage() {
		files.stubFor(get(urlEqualTo("/empty")).willReturn(aResponse().withStatus(200)));
		assertThatThrownBy(() -> downloader(1000, Duration.ofSeconds(5)).download(file("chat.txt", "/empty"), job))
				.isInstanceOfSatisfying(DownloadRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(DownloadRejectedException.Reason.EMPTY));
	}

	@Test
	void onlyFetchesHttpsOrLoopbackLinks() {
		for (String url : new String[] { "file:///etc/passwd", "http://10.1.2.3/x", "ftp://example.com/x", "", "::" }) {
			IncomingFile bad = new IncomingFile("chat.txt", "x", url, "txt", null);
			assertThatThrownBy(() -> downloader(1000, Duration.ofSeconds(1)).download(bad, job))
					.as(url).isInstanceOfSatisfying(DownloadRejectedException.class,
							e -> assertThat(e.reason()).isEqualTo(DownloadRejectedException.Reason.BAD_LINK));
		}
	}

	@Test
	void fileNamesCannotEscapeTheJobFolder() {
		assertThat(AttachmentDownloader.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentDownloader.safeName("C:\\Users\\me\\chat.txt")).isEqualTo("chat.txt");
		assertThat(AttachmentDownloader.safeName("..")).isEqualTo("upload");
		assertThat(AttachmentDownloader.safeName(null)).isEqualTo("upload");
		assertThat(AttachmentDownloader.safeName(".hidden\u0000.txt")).isEqualTo("hidden_.txt");
		assertThat(AttachmentDownloader.safeName("a".repeat(300) + ".zip")).hasSize(180).endsWith(".zip");
	}
}
