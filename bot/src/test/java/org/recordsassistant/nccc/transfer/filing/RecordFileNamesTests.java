package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordFileNamesTests {

	@Test
	void sanitisesLikeTheRecordsLibrary() {
		assertThat(RecordFileNames.sanitise("WhatsApp Chat: a/b\\c?.zip")).isEqualTo("WhatsApp Chat abc.zip");
		assertThat(RecordFileNames.sanitise("  ~..report  _vti_x.docx. ")).isEqualTo("report x.docx");
		assertThat(RecordFileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
		assertThat(RecordFileNames.sanitise("#%")).isEqualTo("file");
		assertThat(RecordFileNames.sanitise("a".repeat(200) + ".jpg")).hasSize(RecordFileNames.MAX_NAME)
			.endsWith(".jpg");
	}

	@Test
	void claimsEachNameOnceAndNeverAFixedOne() {
		RecordFileNames names = new RecordFileNames();

		assertThat(names.claim("transcript.pdf")).isEqualTo("transcript (2).pdf");
		assertThat(names.claim("photo.jpg")).isEqualTo("photo.jpg");
		assertThat(names.claim("PHOTO.jpg")).isEqualTo("PHOTO (2).jpg");
		assertThat(names.claim("record.json")).isEqualTo("record (2).json");
	}

	@Test
	void guessesContentTypesFromTheExtension() {
		assertThat(RecordFileNames.contentType("chat.zip")).isEqualTo("application/zip");
		assertThat(RecordFileNames.contentType("IMG-1.jpg")).isEqualTo("image/jpeg");
		assertThat(RecordFileNames.contentType("voice.opus")).isEqualTo("audio/ogg");
		assertThat(RecordFileNames.contentType("no-extension")).isEqualTo("application/octet-stream");
	}
}
