package org.recordsassistant.nccc.transfer.filing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress messages for a long upload: a few, never more often than asked, never at 100%. */
class ProgressMessagesTests {
	private static final long MB = 1L << 20;

	private long now;
	private final List<Integer> sent = new ArrayList<>();

	private ProgressMessages messages(int everyPercent, Duration interval, long... sizes) {
		return new ProgressMessages(sizes, everyPercent, interval, () -> now, (percent, bytes, total) -> sent.add(percent));
	}

	@Test
	void sendsOneMessageForEachQuarterOfTheWholePackageButNotTheEnd() {
		ProgressMessages progress = messages(25, Duration.ZERO, 1000 * MB, 10 * MB);
		for (long bytes = 5 * MB; bytes <= 1000 * MB; bytes += 5 * MB) {
			progress.onProgress(0, bytes, 1000 * MB);
		}
		progress.onProgress(1, 10 * MB, 10 * MB);

		assertThat(sent).hasSize(3);
		assertThat(sent.get(0)).isBetween(25, 26);
		assertThat(sent.get(1)).isBetween(50, 51);
		assertThat(sent.get(2)).isBetween(75, 76);
	}

	@Test
	void waitsTheIntervalBetweenMessagesHoweverFastTheBytesGo() {
		ProgressMessages progress = messages(10, Duration.ofSeconds(30), 100 * MB);
		for (int slice = 1; slice <= 100; slice++) {
			now += Duration.ofSeconds(1).toNanos();
			progress.onProgress(0, slice * MB, 100 * MB);
		}

		assertThat(sent).containsExactly(30, 60, 90);
	}

	@Test
	void ignoresRepeatedAndOutOfRangeReports() {
		ProgressMessages progress = messages(50, Duration.ZERO, 10 * MB);
		progress.onProgress(0, 6 * MB, 10 * MB);
		progress.onProgress(0, 6 * MB, 10 * MB);
		progress.onProgress(0, 3 * MB, 10 * MB);
		progress.onProgress(7, 9 * MB, 10 * MB);

		assertThat(sent).containsExactly(60);
	}

	@Test
	void sendsNothingForAnEmptyPackage() {
		messages(25, Duration.ZERO, 0).onProgress(0, 0, 0);

		assertThat(sent).isEmpty();
	}

	@Test
	void writesSizesAsPeopleReadThem() {
		assertThat(FilingNotices.readable(900)).isEqualTo("900 bytes");
		assertThat(FilingNotices.readable(12 * 1024)).isEqualTo("12 KB");
		assertThat(FilingNotices.readable(1_181_116_006L)).isEqualTo("1.1 GB");
		assertThat(FilingNotices.readable(350 * MB)).isEqualTo("350 MB");
	}
}
