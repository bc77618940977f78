package org.recordsassistant.nccc.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.nccc.transfer.FormatDetector.Format;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTests {
	@TempDir
	Path temp;

	private Path file(String text) throws Exception {
		return Files.write(temp.resolve("f"), text.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void trustsTheExtensionFirst() throws Exception {
		Path any = file("PK\u0003\u0004...");
		assertThat(FormatDetector.detect("WhatsApp Chat with Tom.TXT", any)).isEqualTo(Format.WHATSAPP);
		assertThat(FormatDetector.detect("export.zip", any)).isEqualTo(Format.WHATSAPP);
		assertThat(FormatDetector.detect("Re options.eml", any)).isEqualTo(Format.EMAIL);
		assertThat(FormatDetector.detect("minutes.docx", any)).as("office files are zips too").isEqualTo(Format.UNKNOWN);
	}

	@Test
	void sniffsFilesWithoutAnExtension() throws Exception {
		assertThat(FormatDetector.detect("upload", file("PK\u0003\u0004rest"))).isEqualTo(Format.WHATSAPP);
		assertThat(FormatDetector.detect("upload", file("Received: from mx\r\nFrom: a@b\r\n"))).isEqualTo(Format.EMAIL);
		assertThat(FormatDetector.detect("upload", file("hello"))).isEqualTo(Format.UNKNOWN);
	}

	@Test
	void extensionIsLettersAndDigitsOnly() {
		assertThat(FormatDetector.extension("a.PNG")).isEqualTo("png");
		assertThat(FormatDetector.extension(".hidden")).isEmpty();
		assertThat(FormatDetector.extension("a.<b>")).isEmpty();
		assertThat(FormatDetector.extension("noext")).isEmpty();
	}
}
