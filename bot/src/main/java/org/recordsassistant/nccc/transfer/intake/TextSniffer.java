package org.recordsassistant.nccc.transfer.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides from its first bytes what an uploaded file really is, whatever its name says: a zip, text (UTF-8, or
 * UTF-16 with a byte-order mark, which the parser decodes), or something else.
 */
final class TextSniffer {

	static final int SNIFF_BYTES = 8192;

	enum Kind { ZIP, TEXT }

	private static final byte[][] ZIP_MAGIC = { { 'P', 'K', 3, 4 }, { 'P', 'K', 5, 6 }, { 'P', 'K', 7, 8 } };

	private TextSniffer() {
	}

	/**
	 * @throws UploadRejectedException {@code EMPTY_FILE} for 0 bytes, {@code NOT_TEXT} for binary content
	 */
	static Kind sniff(Path file) {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		catch (IOException ex) {
			throw new UploadRejectedException(RejectionReason.UNREADABLE, "cannot read the upload", ex);
		}
		if (head.length == 0) {
			throw new UploadRejectedException(RejectionReason.EMPTY_FILE, "0 bytes");
		}
		for (byte[] magic : ZIP_MAGIC) {
			if (startsWith(head, magic)) {
				return Kind.ZIP;
			}
		}
		checkText(head);
		return Kind.TEXT;
	}

	/** Rejects bytes that cannot be the start of a text file. */
	static void checkText(byte[] head) {
		if (head.length == 0) {
			throw new UploadRejectedException(RejectionReason.EMPTY_FILE, "0 bytes");
		}
		if (hasUtf16ByteOrderMark(head)) {
			return;
		}
		int controls = 0;
		for (byte b : head) {
			if (b == 0) {
				throw new UploadRejectedException(RejectionReason.NOT_TEXT, "NUL byte in the first bytes");
			}
			if (b >= 0 && b < ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
				controls++;
			}
		}
		if (controls * 10 > head.length) {
			throw new UploadRejectedException(RejectionReason.NOT_TEXT, controls + " control bytes in the first bytes");
		}
	}

	private static boolean hasUtf16ByteOrderMark(byte[] head) {
		return head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
				|| (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
