package org.recordsassistant.nccc.transfer.filing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a conversation JSON in a JVM of its own, so that a test can give it a small heap. Prints one line:
 * {@code pages=N events=N millis=N bytes=N}.
 */
final class TranscriptRenderMain {

	private TranscriptRenderMain() {
	}

	public static void main(String[] args) throws Exception {
		Path json = Path.of(args[0]);
		Path pdf = Path.of(args[1]);
		TranscriptCover cover = new TranscriptCover(FilingFixtures.REFERENCE, "Declarant", "WhatsApp", List.of(),
				"area", "OFFICIAL", null, "Uploader", "user-key", FilingFixtures.UPLOADED_AT, List.of(),
				FilingFixtures.sha256(json), FilingFixtures.CREATED_AT);
		long started = System.nanoTime();
		TranscriptSummary summary = new TranscriptPdfRenderer().render(json, cover, pdf);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("pages=" + summary.pages() + " events=" + summary.events() + " shown="
				+ summary.eventsShown() + " millis=" + millis
				+ " bytes=" + Files.size(pdf));
	}
}
