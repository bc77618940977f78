package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.recordsassistant.nccc.teams.spi.IncomingFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a file the user sent to the bot into the job's folder: streamed to disk, never held in
 * memory whole, with a size limit and a timeout, and its SHA-256 computed on the way in. The Teams
 * {@code downloadUrl} is short-lived and pre-authorised (tech-notes §4), so no token is sent.
 */
final class AttachmentDownloader {
	private static final Logger log = LoggerFactory.getLogger(AttachmentDownloader.class);
	private static final int BUFFER = 64 * 1024;

	private final HttpClient http;
	private final TransferProperties settings;

	AttachmentDownloader(TransferProperties settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
				.followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/**
	 * @throws DownloadRejectedException with a reason the user can act on
	 */
	DownloadedFile download(IncomingFile file, Path jobDir) {
		URI uri = checkedUri(file.downloadUrl());
		String name = safeName(file.name());
		Path target = jobDir.resolve("original").resolve(name).normalize();
		if (!target.startsWith(jobDir)) {
			throw new DownloadRejectedException(DownloadRejectedException.Reason.BAD_LINK);
		}
		long max = settings.maxDownloadSize().toBytes();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.downloadTimeout()).GET().build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() / 100 != 2) {
					log.info("File download answered HTTP {}", response.statusCode());
					throw new DownloadRejectedException(DownloadRejectedException.Reason.UNAVAILABLE);
				}
				long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
				if (declared > max) {
					throw new DownloadRejectedException(DownloadRejectedException.Reason.TOO_LARGE);
				}
				Files.createDirectories(target.getParent());
				MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
				long size = copy(body, target, sha256, max);
				String contentType = response.headers().firstValue("Content-Type").orElse(file.contentType());
				log.info("Downloaded a file of {} bytes", size);
				return new DownloadedFile(target, name, size, HexFormat.of().formatHex(sha256.digest()), contentType);
			}
		} catch (HttpTimeoutException e) {
			deleteQuietly(target);
			throw new DownloadRejectedException(DownloadRejectedException.Reason.TIMED_OUT);
		} catch (IOException e) {
			deleteQuietly(target);
			log.info("File download failed: {}", e.getClass().getSimpleName());
			throw new DownloadRejectedException(DownloadRejectedException.Reason.UNAVAILABLE);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			deleteQuietly(target);
			throw new DownloadRejectedException(DownloadRejectedException.Reason.UNAVAILABLE);
		} catch (DownloadRejectedException e) {
			deleteQuietly(target);
			throw e;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is always available", e);
		}
	}

	private static long copy(InputStream body, Path target, MessageDigest sha256, long max) throws IOException {
		byte[] buffer = new byte[BUFFER];
		long size = 0;
		try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
			for (int read; (read = body.read(buffer)) != -1;) {
				size += read;
				if (size > max) {
					// The sender gave no length or a wrong one: stop as soon as the limit is passed.
					throw new DownloadRejectedException(DownloadRejectedException.Reason.TOO_LARGE);
				}
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		if (size == 0) {
			throw new DownloadRejectedException(DownloadRejectedException.Reason.EMPTY);
		}
		return size;
	}

	private static URI checkedUri(String url) {
		if (url == null || url.isBlank()) {
			throw new DownloadRejectedException(DownloadRejectedException.Reason.BAD_LINK);
		}
		try {
			URI uri = URI.create(url.trim());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
			if ("https".equals(scheme) || ("http".equals(scheme) && loopback)) {
				return uri;
			}
		} catch (IllegalArgumentException e) {
			// falls through to the rejection below
		}
		throw new DownloadRejectedException(DownloadRejectedException.Reason.BAD_LINK);
	}

	/** The file name without any folder part, control characters or leading dots; never empty. */
	static String safeName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
		while (base.startsWith(".")) {
			base = base.substring(1);
		}
		if (base.length() > 180) {
			int dot = base.lastIndexOf('.');
			String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
			base = base.substring(0, 180 - extension.length()) + extension;
		}
		return base.isEmpty() ? "upload" : base;
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			log.warn("Could not remove a partial download: {}", e.getClass().getSimpleName());
		}
	}

	/**
	 * @param path the downloaded bytes, inside the job folder
	 * @param name the sanitised original file name
	 * @param size bytes
	 * @param sha256 lower-case hex SHA-256 of the bytes as received
	 * @param contentType what the file host or Teams said it was
	 */
	record DownloadedFile(Path path, String name, long size, String sha256, String contentType) {
	}
}
