package org.recordsassistant.nccc.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxDownloadSize the largest file accepted from Teams
 * @param downloadTimeout the longest a download may take, start to finish
 * @param connectTimeout the longest to wait for the file host to answer
 * @param workDir where each job's folder is made; removed when the job ends
 * @param businessAreas business area key to label, offered on the preview card (keys as in the IAO routing)
 * @param previewRetention how long an unconfirmed preview (and its folder) is kept before it is cleared
 * @param inlineWait how long a turn waits for a file to be read before saying it will message the user later
 * @param maxConcurrentReads uploads read at the same time; more wait in a short queue
 */
@ConfigurationProperties("nccc.transfer")
record TransferProperties(
		@DefaultValue("2GB") DataSize maxDownloadSize,
		@DefaultValue("10m") Duration downloadTimeout,
		@DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("./data/work") Path workDir,
		Map<String, String> businessAreas,
		@DefaultValue("7d") Duration previewRetention,
		@DefaultValue("8s") Duration inlineWait,
		@DefaultValue("2") int maxConcurrentReads) {

	@ConstructorBinding
	TransferProperties {
		businessAreas = businessAreas == null ? Map.of() : new LinkedHashMap<>(businessAreas);
	}

	/** Download settings only, for tests and tools. */
	TransferProperties(DataSize maxDownloadSize, Duration downloadTimeout, Duration connectTimeout, Path workDir) {
		this(maxDownloadSize, downloadTimeout, connectTimeout, workDir, Map.of(), Duration.ofDays(7),
				Duration.ofSeconds(8), 2);
	}
}
