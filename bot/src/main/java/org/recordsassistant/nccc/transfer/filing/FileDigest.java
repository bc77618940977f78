package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Size and SHA-256 of a file, read once in 64 KiB blocks.
 *
 * @param size bytes read
 * @param sha256 lower-case hex SHA-256
 */
record FileDigest(long size, String sha256) {

	private static final int BUFFER_SIZE = 64 * 1024;

	static FileDigest of(Path file) throws IOException {
		MessageDigest digest = newSha256();
		byte[] buffer = new byte[BUFFER_SIZE];
		long size = 0;
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
				size += read;
			}
		}
		return new FileDigest(size, HexFormat.of().formatHex(digest.digest()));
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
