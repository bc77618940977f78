package org.recordsassistant.nccc.transfer.filing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.recordsassistant.nccc.transfer.parse.ConversationJsonReader;
import org.recordsassistant.nccc.transfer.parse.ConversationJsonReader.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a normalised conversation JSON as a readable A4 PDF transcript: a cover page with the record's
 * metadata and the SHA-256 of the original and of the JSON, then every message in file order.
 *
 * <p>Streaming: messages are read one at a time with {@link ConversationJsonReader} and drawn straight onto
 * the current page; page content goes to a temporary file (PDFBox's temp-file stream cache), so memory does not
 * grow with the length of the conversation beyond a small object per page. The cover page is the first page
 * but is drawn last, once the counts and page total are known.
 *
 * <p>Fonts are bundled (DejaVu Sans, then Liberation Sans); characters neither has are shown as
 * {@code [U+XXXX]}, invisible joiners and variation selectors are dropped, and right-to-left text is put in
 * visual order without letter joining. Rendering never fails because of the text. Thread-safe: each call uses
 * its own document.
 */
public final class TranscriptPdfRenderer {

	private static final Logger LOG = LoggerFactory.getLogger(TranscriptPdfRenderer.class);
	private static final String FOOTER_SUFFIX = " \u00B7 transcript";
	private static final String TITLE_PREFIX = "Transcript ";
	private static final String CREATOR = "NCCC records assistant";

	/**
	 * Pages after which the transcript stops (with a note saying so; the JSON keeps everything). PDFBox holds a
	 * few KB per page until the PDF is saved, so this bounds the heap at about 100 MB. WhatsApp exports at most
	 * 40,000 messages, about 2,400 pages.
	 */
	public static final int DEFAULT_MAX_PAGES = 10_000;

	private final int maxPages;

	/**
	 * Creates a renderer with the bundled fonts and {@link #DEFAULT_MAX_PAGES}.
	 */
	public TranscriptPdfRenderer() {
		this(DEFAULT_MAX_PAGES);
	}

	TranscriptPdfRenderer(int maxPages) {
		if (maxPages < 2) {
			throw new IllegalArgumentException("a transcript needs at least two pages");
		}
		this.maxPages = maxPages;
	}

	/**
	 * Renders the transcript.
	 *
	 * @param conversationJson a normalised conversation JSON (schema 1.x)
	 * @param cover what the cover page states besides the JSON's own counts
	 * @param target the PDF file to write (replaced if it exists)
	 * @return pages, counts and versions found while rendering
	 * @throws UncheckedIOException if the JSON cannot be read or is not a valid normalised conversation, or the
	 *     PDF cannot be written
	 * @throws NullPointerException if an argument is null
	 */
	public TranscriptSummary render(Path conversationJson, TranscriptCover cover, Path target) {
		Objects.requireNonNull(conversationJson, "conversationJson");
		Objects.requireNonNull(cover, "cover");
		Objects.requireNonNull(target, "target");
		long started = System.nanoTime();
		try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			String parserVersion = ConversationSource.parserVersion(conversationJson);
			TranscriptStyles styles = TranscriptStyles.create(document);
			Header header;
			int pageCount;
			long shown;
			try (PageWriter pages = new PageWriter(document, styles.footer(), cover.reference() + FOOTER_SUFFIX)) {
				PDPage coverPage = pages.startPage();
				pages.startPage();
				TranscriptBody body = new TranscriptBody(pages, styles, cover.reference(), maxPages);
				header = readMessages(conversationJson, body);
				body.finish();
				shown = body.shown();
				pageCount = pages.pageCount();
				pages.reopen(coverPage);
				CoverPage coverWriter = new CoverPage(pages, styles);
				coverWriter.write(cover, header, parserVersion, body.shown());
				if (shown < header.summary().stats().events()) {
					LOG.warn("transcript stopped at its page limit: {} of {} entries shown (reference {})", shown,
							header.summary().stats().events(), cover.reference());
				}
				if (coverWriter.cut()) {
					LOG.warn("transcript cover page was cut to fit one page (reference {})", cover.reference());
				}
			}
			describe(document, cover);
			try (OutputStream out = Files.newOutputStream(target)) {
				document.save(out, CompressParameters.NO_COMPRESSION);
			}
			LOG.info("rendered transcript: {} messages, {} pages in {} ms", header.summary().stats().events(),
					pageCount, (System.nanoTime() - started) / 1_000_000);
			return new TranscriptSummary(pageCount, header.summary().stats().events(), shown,
					header.summary().stats().messages(), header.summary().stats().firstTimestamp(),
					header.summary().stats().lastTimestamp(), header.schemaVersion(), parserVersion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render the transcript", ex);
		}
	}

	private static Header readMessages(Path conversationJson, TranscriptBody body) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(conversationJson))) {
			return ConversationJsonReader.read(in, body);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (IllegalArgumentException | DateTimeException | NullPointerException ex) {
			// The reader maps fields straight to enums, dates and records: a bad value surfaces as one of these.
			throw new IOException("the conversation JSON is not a valid normalised conversation", ex);
		}
	}

	private static void describe(PDDocument document, TranscriptCover cover) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(TITLE_PREFIX + cover.reference());
		info.setCreator(CREATOR);
		Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		created.setTimeInMillis(cover.createdAt().toEpochMilli());
		info.setCreationDate(created);
		// Seeds the PDF's /ID, which PDFBox otherwise takes from the clock: the same input gives the same bytes.
		String seed = cover.reference() + cover.conversationSha256() + cover.createdAt();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
			document.setDocumentId(ByteBuffer.wrap(digest).getLong());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime provides SHA-256", ex);
		}
	}
}
