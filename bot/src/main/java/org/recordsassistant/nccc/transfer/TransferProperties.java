package org.recordsassistant.nccc.transfer;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxDownloadSize the largest file accepted from Teams
 * @param downloadTimeout the longest a download may take, start to finish
 * @param connectTimeout the longest to wait for the file host to answer
 * @param workDir where each job's temporary folder is made; removed when the job ends
 */
@ConfigurationProperties("nccc.transfer")
record TransferProperties(
		@DefaultValue("2GB") DataSize maxDownloadSize,
		@DefaultValue("10m") Duration downloadTimeout,
		@DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("./data/work") Path workDir) {
}
