package org.recordsassistant.nccc.transfer.filing;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The fonts and text styles of one transcript. Fonts come from the class path, never from the system: DejaVu
 * Sans (regular, bold, mono) from the {@code jasperreports-fonts} jar, with PDFBox's own Liberation Sans as the
 * second choice for characters DejaVu lacks.
 */
record TranscriptStyles(TextStyle title, TextStyle dateHeader, TextStyle body, TextStyle bold, TextStyle meta,
		TextStyle system, TextStyle mono, TextStyle footer) {

	static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
	static final String REGULAR_FONT = DEJAVU + "DejaVuSans.ttf";
	static final String BOLD_FONT = DEJAVU + "DejaVuSans-Bold.ttf";
	static final String MONO_FONT = DEJAVU + "DejaVuSansMono.ttf";
	static final String FALLBACK_FONT = "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final float BLACK = 0f;
	private static final float GREY = 0.4f;
	private static final float LIGHT_GREY = 0.5f;
	private static final float BODY_SIZE = 9.5f;
	private static final float SMALL_SIZE = 8f;
	private static final float HEADER_SIZE = 11f;
	private static final float TITLE_SIZE = 15f;

	static TranscriptStyles create(PDDocument document) {
		FontFace regular = FontFace.load(document, REGULAR_FONT);
		FontFace bold = FontFace.load(document, BOLD_FONT);
		FontFace mono = FontFace.load(document, MONO_FONT);
		FontFace fallback = FontFace.load(document, FALLBACK_FONT);
		FontChain regularChain = new FontChain(List.of(regular, fallback));
		FontChain boldChain = new FontChain(List.of(bold, regular, fallback));
		FontChain monoChain = new FontChain(List.of(mono, regular, fallback));
		return new TranscriptStyles(new TextStyle(boldChain, TITLE_SIZE, BLACK),
				new TextStyle(boldChain, HEADER_SIZE, BLACK), new TextStyle(regularChain, BODY_SIZE, BLACK),
				new TextStyle(boldChain, BODY_SIZE, BLACK), new TextStyle(regularChain, SMALL_SIZE, GREY),
				new TextStyle(regularChain, BODY_SIZE, LIGHT_GREY), new TextStyle(monoChain, SMALL_SIZE, BLACK),
				new TextStyle(regularChain, SMALL_SIZE, LIGHT_GREY));
	}
}
