package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a range of a file without holding it in memory. {@link #mark(int)}/{@link #reset()} seek the file, so
 * Kiota can rewind the body when its retry handler re-sends a PUT after 429/503/504 (it only retries bodies
 * whose stream supports mark). {@link #read(byte[], int, int)} fills the buffer completely unless the range
 * ends.
 */
final class PathInputStream extends InputStream {

    private final FileChannel channel;
    private final long end;
    private long mark;

    /** Streams the file from {@code offset} to its end. */
    PathInputStream(Path path, long offset) throws IOException {
        this(path, offset, Long.MAX_VALUE - offset);
    }

    /** Streams at most {@code length} bytes of the file from {@code offset}: one upload slice. */
    PathInputStream(Path path, long offset, long length) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.channel.position(offset);
        this.mark = offset;
        this.end = offset + length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        long left = end - channel.position();
        if (left <= 0) {
            return -1;
        }
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, (int) Math.min(length, left));
        int total = 0;
        while (target.hasRemaining()) {
            int read = channel.read(target);
            if (read == -1) {
                break;
            }
            total += read;
        }
        return total == 0 ? -1 : total;
    }

    @Override
    public long skip(long n) throws IOException {
        long position = channel.position();
        long skipped = Math.max(0, Math.min(n, Math.min(end, channel.size()) - position));
        channel.position(position + skipped);
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Math.min(end, channel.size()) - channel.position()));
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readLimit) {
        try {
            mark = channel.position();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void reset() throws IOException {
        channel.position(mark);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
