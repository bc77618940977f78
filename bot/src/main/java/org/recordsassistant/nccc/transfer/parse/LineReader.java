package org.recordsassistant.nccc.transfer.parse;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ending in LF, CRLF or CR, like {@code BufferedReader.readLine}, but never builds a string longer
 * than a fixed number of characters: a longer line comes back in pieces, and {@link #continuesLine()} tells the
 * caller that a piece is not the start of a line. This keeps memory flat whatever the input.
 */
final class LineReader implements Closeable {

	private static final int BUFFER_CHARS = 1 << 16;
	/** The lowest of the invisible marks ({@link Marks}); lines without such characters need no stripping. */
	private static final char FIRST_MARK = '\u200E';

	private final Reader in;
	private final int maxPieceChars;
	private final char[] buffer = new char[BUFFER_CHARS];
	private final StringBuilder pending = new StringBuilder();
	private int position;
	private int limit;
	private boolean skipLineFeed;
	private boolean nextContinues;
	private boolean continues;
	private long lineNumber;
	private boolean highChars;

	LineReader(Reader in, int maxPieceChars) {
		this.in = in;
		this.maxPieceChars = maxPieceChars;
	}

	/** The next line or piece of a line, without its terminator; null at the end. */
	String readLine() throws IOException {
		continues = nextContinues;
		nextContinues = false;
		if (skipLineFeed) {
			skipLineFeed = false;
			if (position >= limit && !fill()) {
				return null;
			}
			if (buffer[position] == '\n') {
				position++;
			}
		}
		pending.setLength(0);
		highChars = false;
		boolean started = false;
		while (true) {
			if (position >= limit && !fill()) {
				return started ? finish(pending.toString()) : null;
			}
			started = true;
			int start = position;
			int room = maxPieceChars - pending.length();
			int end = Math.min(limit, start + room);
			for (int i = start; i < end; i++) {
				char c = buffer[i];
				if (c >= FIRST_MARK) {
					highChars |= Marks.isMark(c);
				}
				else if (c == '\n' || c == '\r') {
					position = i + 1;
					skipLineFeed = c == '\r';
					if (pending.length() == 0) {
						return finish(new String(buffer, start, i - start));
					}
					pending.append(buffer, start, i - start);
					return finish(pending.toString());
				}
			}
			pending.append(buffer, start, end - start);
			position = end;
			if (pending.length() >= maxPieceChars) {
				nextContinues = true;
				return finish(pending.toString());
			}
		}
	}

	private String finish(String piece) {
		if (!continues) {
			lineNumber++;
		}
		return piece;
	}

	/** Whether the piece last returned continues the same physical line as the one before it. */
	boolean continuesLine() {
		return continues;
	}

	/** Whether the piece last returned contains invisible marks ({@link Marks}). */
	boolean mayHaveMarks() {
		return highChars;
	}

	/** 1-based number of the physical line last returned. */
	long lineNumber() {
		return lineNumber;
	}

	private boolean fill() throws IOException {
		int read;
		do {
			read = in.read(buffer, 0, buffer.length);
		}
		while (read == 0);
		if (read < 0) {
			return false;
		}
		position = 0;
		limit = read;
		return true;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
