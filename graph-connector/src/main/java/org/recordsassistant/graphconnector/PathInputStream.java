package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a file from a given offset without buffering it in memory, with two properties the Graph SDK
 * relies on:
 * <ul>
 *   <li>{@link #mark(int)}/{@link #reset()} seek the file, so Kiota can rewind the body when its retry
 *       handler re-sends a PUT after 429/503/504 (it only retries bodies whose stream supports mark);</li>
 *   <li>{@link #read(byte[], int, int)} fills the buffer completely unless the file ends, because
 *       {@code LargeFileUploadTask} reads each slice with a single {@code read} call.</li>
 * </ul>
 */
final class PathInputStream extends InputStream {

    private final FileChannel channel;
    private long mark;

    PathInputStream(Path path, long offset) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.channel.position(offset);
        this.mark = offset;
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
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
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
        long skipped = Math.max(0, Math.min(n, channel.size() - position));
        channel.position(position + skipped);
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, channel.size() - channel.position()));
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
