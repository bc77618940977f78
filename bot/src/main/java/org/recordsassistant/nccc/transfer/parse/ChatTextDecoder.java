package org.recordsassistant.nccc.transfer.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.recordsassistant.nccc.transfer.parse.ChatParseException.Problem;

/**
 * Turns the raw bytes of a chat file into lines. A byte-order mark picks UTF-8, UTF-16LE or UTF-16BE (and is
 * dropped); without one the text must be UTF-8. The first {@value #SNIFF_BYTES} bytes are checked for NUL bytes,
 * which mean binary data or UTF-16 without a byte-order mark. Invalid UTF-8 is an error rather than being replaced
 * silently, because a record must not lose text without saying so.
 */
final class ChatTextDecoder {

	static final int SNIFF_BYTES = 8192;
	/** Longest piece of a line handed out at once (WhatsApp's own message limit is 65,536 characters). */
	static final int MAX_LINE_PIECE_CHARS = 1 << 18;

	private static final int BOM_PROBE = 3;

	private ChatTextDecoder() {
	}

	/** The charset named by a byte-order mark at the start of the bytes, or null. */
	static Charset charsetFromBom(byte[] head, int length) {
		if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	static int bomLength(Charset charset) {
		return StandardCharsets.UTF_8.equals(charset) ? BOM_PROBE : 2;
	}

	/** Opens the source and returns a line reader over its decoded text. */
	static LineReader open(TextSource source) {
		InputStream raw;
		try {
			raw = source.open();
		}
		catch (IOException ex) {
			throw new ChatParseException(Problem.UNREADABLE, "cannot open the chat text", ex);
		}
		try {
			BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES * 2);
			in.mark(SNIFF_BYTES);
			byte[] head = in.readNBytes(SNIFF_BYTES);
			in.reset();
			if (head.length == 0) {
				throw new ChatParseException(Problem.EMPTY, "the file has no bytes");
			}
			Charset charset = charsetFromBom(head, head.length);
			if (charset == null) {
				charset = StandardCharsets.UTF_8;
				if (containsNul(head)) {
					throw new ChatParseException(Problem.NOT_TEXT, "NUL bytes in the first " + SNIFF_BYTES + " bytes");
				}
			}
			else {
				in.skipNBytes(bomLength(charset));
			}
			CharsetDecoder decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			return new LineReader(new InputStreamReader(in, decoder), MAX_LINE_PIECE_CHARS);
		}
		catch (IOException ex) {
			closeQuietly(raw);
			throw new ChatParseException(Problem.UNREADABLE, "cannot read the chat text", ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(raw);
			throw ex;
		}
	}

	static boolean containsNul(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ignored) {
			// already failing; the original problem is reported
		}
	}
}
