package org.recordsassistant.nccc.transfer.parse;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads lines ending in LF, CRLF or CR, like {@code BufferedReader.readLine}, but without making a string of each:
 * after {@link #next()} the line is the characters {@link #start()} to {@link #end()} of {@link #chars()}, valid
 * until the next call, so the parser copies only the parts it keeps. A line longer than a fixed number of
 * characters comes in pieces, and {@link #continuesLine()} tells the caller that a piece is not the start of a
 * line. Memory stays flat whatever the input.
 */
final class LineReader implements Closeable {

	private static final int BUFFER_CHARS = 1 << 16;
	/** The lowest of the invisible marks ({@link Marks}); most lines have no character that high. */
	private static final char FIRST_MARK = '\u200E';

	private final Reader in;
	private final int maxPieceChars;
	private final char[] buffer = new char[BUFFER_CHARS];
	private char[] assembled = new char[BUFFER_CHARS];
	private int assembledLength;
	private int position;
	private int limit;
	private boolean skipLineFeed;
	private boolean nextContinues;
	private boolean continues;
	private long lineNumber;
	private boolean marks;
	private char[] lineChars;
	private int lineStart;
	private int lineEnd;

	LineReader(Reader in, int maxPieceChars) {
		this.in = in;
		this.maxPieceChars = maxPieceChars;
	}

	/** Moves to the next line or piece of a line; false at the end of the text. */
	boolean next() throws IOException {
		continues = nextContinues;
		nextContinues = false;
		if (skipLineFeed) {
			skipLineFeed = false;
			if (position >= limit && !fill()) {
				return false;
			}
			if (buffer[position] == '\n') {
				position++;
			}
		}
		assembledLength = 0;
		marks = false;
		boolean started = false;
		while (true) {
			if (position >= limit && !fill()) {
				return started && finish(assembled, 0, assembledLength);
			}
			started = true;
			int start = position;
			int end = Math.min(limit, start + maxPieceChars - assembledLength);
			for (int i = start; i < end; i++) {
				char c = buffer[i];
				if (c >= FIRST_MARK) {
					marks |= Marks.isMark(c);
				}
				else if (c == '\n' || c == '\r') {
					position = i + 1;
					skipLineFeed = c == '\r';
					if (assembledLength == 0) {
						return finish(buffer, start, i);
					}
					assemble(start, i);
					return finish(assembled, 0, assembledLength);
				}
			}
			assemble(start, end);
			position = end;
			if (assembledLength >= maxPieceChars) {
				nextContinues = true;
				return finish(assembled, 0, assembledLength);
			}
		}
	}

	/** The line as a string (a copy). */
	String line() {
		return new String(lineChars, lineStart, lineEnd - lineStart);
	}

	char[] chars() {
		return lineChars;
	}

	int start() {
		return lineStart;
	}

	int end() {
		return lineEnd;
	}

	/** Whether the current piece continues the same physical line as the one before it. */
	boolean continuesLine() {
		return continues;
	}

	/** Whether the current piece contains invisible marks ({@link Marks}). */
	boolean hasMarks() {
		return marks;
	}

	/** 1-based number of the current physical line. */
	long lineNumber() {
		return lineNumber;
	}

	private void assemble(int from, int to) {
		int length = to - from;
		if (assembledLength + length > assembled.length) {
			assembled = Arrays.copyOf(assembled, Math.max(assembled.length * 2, assembledLength + length));
		}
		System.arraycopy(buffer, from, assembled, assembledLength, length);
		assembledLength += length;
	}

	private boolean finish(char[] chars, int start, int end) {
		if (!continues) {
			lineNumber++;
		}
		lineChars = chars;
		lineStart = start;
		lineEnd = end;
		return true;
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
