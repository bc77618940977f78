package org.recordsassistant.nccc.transfer.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Unpacks a zip into a folder, refusing anything unsafe before or while writing. Every check counts real bytes:
 * declared sizes are ignored.
 */
final class ZipExtractor {

	private static final int BUFFER_BYTES = 64 * 1024;

	/** One file that was unpacked. */
	record Extracted(String name, Path path) {
	}

	private final ArchiveLimits limits;

	ZipExtractor(ArchiveLimits limits) {
		this.limits = limits;
	}

	List<Extracted> extract(Path zip, Path folder) {
		try (ZipFile zipFile = ZipFile.builder().setPath(zip).get()) {
			List<ZipArchiveEntry> entries = Collections.list(zipFile.getEntriesInPhysicalOrder());
			if (entries.size() > limits.maxEntries()) {
				throw new UploadRejectedException(RejectionReason.TOO_MANY_ENTRIES,
						entries.size() + " entries, limit " + limits.maxEntries());
			}
			List<Extracted> extracted = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			long total = 0;
			int number = 0;
			for (ZipArchiveEntry entry : entries) {
				number++;
				String name = EntryNames.normalise(entry.getName(), number);
				if (entry.isUnixSymlink()) {
					throw new UploadRejectedException(RejectionReason.LINK_ENTRY, "entry " + number);
				}
				if (entry.getGeneralPurposeBit().usesEncryption()
						|| entry.getGeneralPurposeBit().usesStrongEncryption()) {
					throw new UploadRejectedException(RejectionReason.ENCRYPTED, "entry " + number);
				}
				Path target = EntryNames.resolveInside(folder, name, number);
				if (!seen.add(name.toLowerCase(Locale.ROOT))) {
					throw new UploadRejectedException(RejectionReason.DUPLICATE_ENTRY, "entry " + number);
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				if (!zipFile.canReadEntryData(entry)) {
					throw new UploadRejectedException(RejectionReason.UNSUPPORTED_COMPRESSION,
							"entry " + number + " method " + entry.getMethod());
				}
				Files.createDirectories(target.getParent());
				total += copy(zipFile, entry, target, number, total);
				extracted.add(new Extracted(name, target));
			}
			return extracted;
		}
		catch (UploadRejectedException ex) {
			throw ex;
		}
		catch (ZipException ex) {
			throw new UploadRejectedException(RejectionReason.CORRUPT_ARCHIVE, "zip structure", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRejectedException(RejectionReason.CORRUPT_ARCHIVE, "cannot read the zip", ex);
		}
	}

	/** Copies one entry, counting bytes against the limits; returns the bytes written. */
	private long copy(ZipFile zipFile, ZipArchiveEntry entry, Path target, int number, long totalBefore)
			throws IOException {
		long written = 0;
		byte[] buffer = new byte[BUFFER_BYTES];
		try (InputStream in = zipFile.getInputStream(entry);
				OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				written += read;
				if (totalBefore + written > limits.maxTotalBytes()) {
					throw new UploadRejectedException(RejectionReason.TOO_LARGE,
							"more than " + limits.maxTotalBytes() + " bytes unpacked");
				}
				if (written > limits.ratioGraceBytes()) {
					long compressed = compressedSoFar(in, entry);
					if (written > compressed * limits.maxCompressionRatio()) {
						throw new UploadRejectedException(RejectionReason.ZIP_BOMB, "entry " + number + " expanded "
								+ written + " bytes from " + compressed);
					}
				}
				out.write(buffer, 0, read);
			}
		}
		return written;
	}

	/** Compressed bytes consumed so far, counted by the stream when it can, else the declared size. */
	private static long compressedSoFar(InputStream in, ZipArchiveEntry entry) {
		if (in instanceof InputStreamStatistics statistics) {
			return Math.max(1, statistics.getCompressedCount());
		}
		return Math.max(1, entry.getCompressedSize());
	}
}
