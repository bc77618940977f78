package org.recordsassistant.nccc.transfer.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recordsassistant.nccc.transfer.filing.FilingFixtures.withoutWhitespace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordsassistant.nccc.transfer.parse.ChatMessage;

/** The transcript of real conversations: text, cover page, pages and layout. */
class TranscriptPdfRendererTests {

	/** Two days, a system event, a deleted and an edited message, and a missing attachment. */
	static final String LAYOUT_CHAT = String.join("\n",
			"14/03/2024, 09:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
					+ "WhatsApp, can read or listen to them.",
			"14/03/2024, 09:05 - Priya Shah: Can we confirm option B before the 11:00?",
			"14/03/2024, 09:06 - Tom Reed: This message was deleted",
			"14/03/2024, 09:07 - Tom Reed: Agreed, option B. <This message was edited>",
			"14/03/2024, 09:08 - Tom Reed: IMG-20240314-WA0001.jpg (file attached)",
			"16/03/2024, 18:00 - Priya Shah: Thanks, filed.", "");

	@TempDir
	Path dir;

	static List<Path> samples() {
		return FilingFixtures.samples();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void transcriptOfEveryPublicSampleHoldsEveryMessageText(Path sample) throws IOException {
		Path json = dir.resolve("conversation.json");
		FilingFixtures.convert(sample, json, dir);
		Path pdf = dir.resolve("transcript.pdf");

		TranscriptSummary summary = new TranscriptPdfRenderer().render(json, FilingFixtures.cover(sample, json), pdf);

		String text = withoutWhitespace(FilingFixtures.pdfText(pdf));
		List<ChatMessage> messages = FilingFixtures.messages(json);
		assertThat(messages).isNotEmpty();
		assertThat(summary.events()).isEqualTo(messages.size());
		assertThat(summary.complete()).isTrue();
		for (ChatMessage message : messages) {
			assertThat(text).contains(withoutWhitespace(FontCoverage.expectedText(message.text())));
			if (message.author() != null) {
				assertThat(text).contains(withoutWhitespace(FontCoverage.expectedText(message.author())));
			}
		}
	}

	@Test
	void coverPageStatesReferenceMetadataAndBothHashes() throws IOException {
		Path json = FilingFixtures.conversationFrom(LAYOUT_CHAT, dir);
		Path original = dir.resolve("chat.txt");
		Path pdf = dir.resolve("transcript.pdf");

		TranscriptSummary summary = new TranscriptPdfRenderer().render(json, FilingFixtures.cover(original, json), pdf);

		String cover = FilingFixtures.pageTexts(pdf).get(0);
		assertThat(cover).contains(CoverPage.TITLE, "Reference: " + FilingFixtures.REFERENCE,
				FilingFixtures.sha256(original), FilingFixtures.sha256(json), "Declarant: Priya Shah",
				"Channel: WhatsApp", "Counterparties: Tom Reed; Ports Policy Group", "Business area: ports-policy",
				"Classification: OFFICIAL", "Declaration reference: NCCC-2026-000123",
				"Messages: 5 by participants, 1 system events, 6 in all",
				"Date range: 14 March 2024 09:05:00 +00:00 to 16 March 2024 18:00:00 +00:00",
				"Uploaded by: Priya Shah (00000000-aaaa-bbbb-cccc-000000000001)", "Uploaded at: 2 March 2026 10:15:30",
				"Parser version: 1.0.0, conversation schema 1.0", "Pages: " + summary.pages());
	}

	private static String longChat() {
		StringBuilder chat = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			chat.append("14/03/2024, 09:").append(String.format("%02d", i % 60)).append(" - Tom Reed: message ")
				.append(i).append('\n');
		}
		return chat.toString();
	}

	@Test
	void stopsAtThePageLimitAndSaysSoOnTheCoverAndTheLastPage() throws IOException {
		Path json = FilingFixtures.conversationFrom(longChat(), dir);
		Path pdf = dir.resolve("transcript.pdf");

		TranscriptSummary summary = new TranscriptPdfRenderer(3).render(json,
				FilingFixtures.cover(dir.resolve("chat.txt"), json), pdf);

		assertThat(summary.complete()).isFalse();
		assertThat(summary.events()).isEqualTo(400);
		assertThat(summary.eventsShown()).isPositive().isLessThan(400);
		List<String> pages = FilingFixtures.pageTexts(pdf);
		assertThat(pages.get(0)).contains("Transcript: PARTIAL, the first " + summary.eventsShown() + " of 400");
		assertThat(withoutWhitespace(pages.get(pages.size() - 1)))
			.contains(withoutWhitespace("The transcript stops here: it reached its limit of 3 pages."));
	}

	@Test
	void everyPageCarriesItsNumberInTheFooter() throws IOException {
		Path json = FilingFixtures.conversationFrom(longChat(), dir);
		Path pdf = dir.resolve("transcript.pdf");

		TranscriptSummary summary = new TranscriptPdfRenderer().render(json,
				FilingFixtures.cover(dir.resolve("chat.txt"), json), pdf);

		List<String> pages = FilingFixtures.pageTexts(pdf);
		assertThat(summary.pages()).isEqualTo(pages.size()).isGreaterThan(3);
		for (int page = 1; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1)).contains("Page " + page);
		}
	}

	@Test
	void refusesAJsonThatIsNotANormalisedConversation() throws IOException {
		Path json = FilingFixtures.conversationFrom(LAYOUT_CHAT, dir);
		Files.writeString(json, Files.readString(json).replace("\"kind\":\"MESSAGE\"", "\"kind\":\"POEM\""));

		assertThatThrownBy(() -> new TranscriptPdfRenderer().render(json,
				FilingFixtures.cover(dir.resolve("chat.txt"), json), dir.resolve("transcript.pdf")))
			.isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("could not render the transcript");
	}

	@Test
	void showsDayHeadersSystemEventsFlagsAndAttachments() throws IOException {
		Path json = FilingFixtures.conversationFrom(LAYOUT_CHAT, dir);
		Path pdf = dir.resolve("transcript.pdf");

		new TranscriptPdfRenderer().render(json, FilingFixtures.cover(dir.resolve("chat.txt"), json), pdf);

		String text = FilingFixtures.pdfText(pdf);
		assertThat(text).contains("Thursday 14 March 2024", "Saturday 16 March 2024", "system event",
				"[deleted]", "[edited]", "[attachment: IMG-20240314-WA0001.jpg \u2014 missing]");
		assertThat(text.indexOf("Thursday 14 March 2024")).isLessThan(text.indexOf("Saturday 16 March 2024"));
	}
}
