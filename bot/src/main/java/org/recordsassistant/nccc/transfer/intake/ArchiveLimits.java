package org.recordsassistant.nccc.transfer.intake;

/**
 * Limits applied while a zip is unpacked. Sizes are counted from the bytes actually produced, never taken from the
 * zip's headers, which an attacker controls.
 *
 * @param maxEntries most entries (files and folders) a zip may hold
 * @param maxTotalBytes most bytes all entries together may unpack to
 * @param maxCompressionRatio most uncompressed bytes per compressed byte for one entry
 * @param ratioGraceBytes the ratio is checked only once an entry has produced this many bytes, so small, very
 *     repetitive files are not refused
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxCompressionRatio, long ratioGraceBytes) {

	public static final int DEFAULT_MAX_ENTRIES = 10_000;
	public static final long DEFAULT_MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
	public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
	public static final long DEFAULT_RATIO_GRACE_BYTES = 1024 * 1024;

	public ArchiveLimits {
		if (maxEntries <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0 || ratioGraceBytes < 0) {
			throw new IllegalArgumentException("Archive limits must be positive");
		}
	}

	/** 10,000 entries, 4 GiB in total, 100:1 per entry after the first MiB. */
	public static ArchiveLimits defaults() {
		return new ArchiveLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_COMPRESSION_RATIO,
				DEFAULT_RATIO_GRACE_BYTES);
	}
}
