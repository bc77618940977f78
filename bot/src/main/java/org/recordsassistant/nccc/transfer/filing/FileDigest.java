package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.recordsassistant.graphconnector.QuickXorHash;

/**
 * Size, SHA-256 and QuickXorHash of a file, read once in 64 KiB blocks. The QuickXorHash (a tenth of the
 * SHA-256's cost) lets the records library check Graph's hash of what arrived against the package without
 * reading the file a second time.
 *
 * @param size bytes read
 * @param sha256 lower-case hex SHA-256
 * @param quickXorHash Base64 QuickXorHash, the hash SharePoint reports
 */
record FileDigest(long size, String sha256, String quickXorHash) {

	private static final int BUFFER_SIZE = 64 * 1024;

	static FileDigest of(Path file) throws IOException {
		MessageDigest digest = newSha256();
		QuickXorHash quickXor = new QuickXorHash();
		byte[] buffer = new byte[BUFFER_SIZE];
		long size = 0;
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
				quickXor.update(buffer, 0, read);
				size += read;
			}
		}
		return new FileDigest(size, HexFormat.of().formatHex(digest.digest()), quickXor.digestBase64());
	}

	static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime provides SHA-256", ex);
		}
	}
}
