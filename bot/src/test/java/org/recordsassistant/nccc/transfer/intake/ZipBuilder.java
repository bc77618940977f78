package org.recordsassistant.nccc.transfer.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds zips for tests, including hostile ones. */
public final class ZipBuilder {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes);

	public ZipBuilder add(String name, String text) throws IOException {
		return add(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public ZipBuilder add(String name, byte[] content) throws IOException {
		zip.putArchiveEntry(new ZipArchiveEntry(name));
		zip.write(content);
		zip.closeArchiveEntry();
		return this;
	}

	/** An entry of {@code size} zero bytes, written in chunks (it compresses about 1000:1). */
	public ZipBuilder addZeros(String name, long size) throws IOException {
		zip.putArchiveEntry(new ZipArchiveEntry(name));
		byte[] chunk = new byte[1 << 16];
		for (long written = 0; written < size; written += chunk.length) {
			zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
		}
		zip.closeArchiveEntry();
		return this;
	}

	ZipBuilder addSymlink(String name, String target) throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setUnixMode(0120777);
		zip.putArchiveEntry(entry);
		zip.write(target.getBytes(StandardCharsets.UTF_8));
		zip.closeArchiveEntry();
		return this;
	}

	public byte[] bytes() throws IOException {
		zip.finish();
		zip.close();
		return bytes.toByteArray();
	}

	Path writeTo(Path file) throws IOException {
		Files.write(file, bytes());
		return file;
	}

	/**
	 * Sets general purpose bit 0 ("encrypted") in every local and central header: commons-compress cannot write
	 * encrypted zips, and the flag is all a reader sees before trying to decrypt.
	 */
	public static byte[] markEncrypted(byte[] zip) {
		byte[] patched = zip.clone();
		for (int i = 0; i + 10 < patched.length; i++) {
			if (patched[i] == 'P' && patched[i + 1] == 'K') {
				if (patched[i + 2] == 3 && patched[i + 3] == 4) {
					patched[i + 6] |= 1;
				}
				else if (patched[i + 2] == 1 && patched[i + 3] == 2) {
					patched[i + 8] |= 1;
				}
			}
		}
		return patched;
	}
}
