package org.recordsassistant.nccc.transfer.filing;

import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws lines from top to bottom on A4 pages, starting a new page (with its footer, "Page N", and a running
 * header) whenever the next line would not fit. Only the current page's content stream is open; earlier pages
 * are finished and, with a temp-file stream cache on the document, not held in memory.
 */
final class PageWriter implements Closeable {

	static final PDRectangle PAGE_SIZE = PDRectangle.A4;
	static final float MARGIN = 56.7f;
	static final float CONTENT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
	private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
	private static final float FOOTER_BASELINE = 28f;
	private static final float HEADER_BASELINE = TOP + 22f;
	private static final float RULE_WIDTH = 0.5f;
	private static final String PAGE_LABEL = "Page ";

	private final PDDocument document;
	private final TextStyle footerStyle;
	private final String footerLabel;
	private PDPageContentStream stream;
	private String runningHeader;
	private boolean fixedPage;
	private int pages;
	private float y;

	PageWriter(PDDocument document, TextStyle footerStyle, String footerLabel) {
		this.document = document;
		this.footerStyle = footerStyle;
		this.footerLabel = footerStyle.fonts().renderable(footerLabel);
	}

	/** Starts a new page, drawing its footer and the running header. */
	PDPage startPage() throws IOException {
		closeStream();
		PDPage page = new PDPage(PAGE_SIZE);
		document.addPage(page);
		pages++;
		stream = new PDPageContentStream(document, page);
		y = TOP;
		fixedPage = false;
		drawAt(MARGIN, FOOTER_BASELINE, footerStyle, footerLabel);
		String number = PAGE_LABEL + pages;
		drawAt(PAGE_SIZE.getWidth() - MARGIN - widthOf(footerStyle, number), FOOTER_BASELINE, footerStyle, number);
		if (runningHeader != null) {
			drawAt(MARGIN, HEADER_BASELINE, footerStyle, runningHeader);
		}
		return page;
	}

	/** Adds to a page drawn earlier (the cover), from its top; lines that do not fit are refused, not moved. */
	void reopen(PDPage page) throws IOException {
		closeStream();
		stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true);
		y = TOP;
		fixedPage = true;
	}

	/** Text drawn at the top of every page started from now on; null for none. */
	void runningHeader(String text) {
		runningHeader = text == null ? null : footerStyle.fonts().renderable(text);
	}

	int pageCount() {
		return pages;
	}

	/** Whether a block of this height still fits on the current page. */
	boolean fits(float height) {
		return y - height >= MARGIN;
	}

	/** Moves down; on a page of its own this starts the next page instead of leaving a gap at its top. */
	void space(float height) throws IOException {
		if (!fits(height) && !fixedPage) {
			startPage();
			return;
		}
		y -= height;
	}

	/**
	 * Draws one line (logical order; reordered here for right-to-left text) indented from the left margin. With
	 * {@code autoDirection} a line whose first strong character is right to left is right-aligned.
	 *
	 * @return false if the page is fixed and the line did not fit
	 */
	boolean line(int[] codePoints, TextStyle[] styles, int length, float width, float indent, TextStyle empty,
			boolean autoDirection) throws IOException {
		float height = empty.lineHeight();
		float size = empty.size();
		for (int i = 0; i < length; i++) {
			height = Math.max(height, styles[i].lineHeight());
			size = Math.max(size, styles[i].size());
		}
		if (!fits(height)) {
			if (fixedPage) {
				return false;
			}
			startPage();
		}
		boolean rightToLeft = VisualOrder.reorder(codePoints, styles, length, autoDirection);
		float x = MARGIN + indent + (rightToLeft ? Math.max(0, CONTENT_WIDTH - indent - width) : 0);
		drawRuns(x, y - size, codePoints, styles, length);
		y -= height;
		return true;
	}

	/** A thin horizontal rule across the text width. */
	void rule(float gray) throws IOException {
		stream.setStrokingColor(gray);
		stream.setLineWidth(RULE_WIDTH);
		stream.moveTo(MARGIN, y);
		stream.lineTo(MARGIN + CONTENT_WIDTH, y);
		stream.stroke();
	}

	private void drawRuns(float x, float baseline, int[] codePoints, TextStyle[] styles, int length)
			throws IOException {
		if (length == 0) {
			return;
		}
		stream.beginText();
		stream.newLineAtOffset(x, baseline);
		StringBuilder run = new StringBuilder();
		int start = 0;
		while (start < length) {
			TextStyle style = styles[start];
			FontFace face = style.fonts().faceFor(codePoints[start]);
			run.setLength(0);
			int end = start;
			while (end < length && styles[end] == style && style.fonts().faceFor(codePoints[end]) == face) {
				run.appendCodePoint(codePoints[end]);
				end++;
			}
			stream.setFont(face.pdfFont(), style.size());
			stream.setNonStrokingColor(style.gray());
			stream.showText(run.toString());
			start = end;
		}
		stream.endText();
	}

	private void drawAt(float x, float baseline, TextStyle style, String text) throws IOException {
		int[] codePoints = text.codePoints().toArray();
		TextStyle[] styles = new TextStyle[codePoints.length];
		java.util.Arrays.fill(styles, style);
		drawRuns(x, baseline, codePoints, styles, codePoints.length);
	}

	private static float widthOf(TextStyle style, String text) {
		return (float) text.codePoints().mapToDouble(style::width).sum();
	}

	private void closeStream() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}

	@Override
	public void close() throws IOException {
		closeStream();
	}
}
