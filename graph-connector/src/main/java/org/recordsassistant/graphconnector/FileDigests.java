package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * SHA-256 and QuickXorHash of a file, computed in one streaming pass with a 64 KiB buffer: what a
 * {@link org.recordsassistant.graphconnector.models.RecordFile} carries, so that a packager reads each file once.
 *
 * @param size bytes read
 * @param sha256 lower-case hex SHA-256
 * @param quickXorHash Base64 QuickXorHash, the hash SharePoint reports
 */
public record FileDigests(long size, String sha256, String quickXorHash) {

    private static final int BUFFER_SIZE = 64 * 1024;

    /**
     * Reads a file once and hashes it.
     *
     * @param file the file to read
     * @return its size and hashes
     * @throws IOException if the file cannot be read
     */
    public static FileDigests of(Path file) throws IOException {
        return of(file, () -> false);
    }

    /** Hashes {@code file}, giving up with an {@link InterruptedIOException} once {@code cancelled} says so. */
    static FileDigests of(Path file, BooleanSupplier cancelled) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in, null, null, cancelled);
        }
    }

    /**
     * Copies {@code source} to a new file {@code target}, forcing it to disk, and returns the digests. Tells
     * {@code copied} the bytes copied so far after each block, and the total once the copy is on disk.
     */
    static FileDigests copy(Path source, Path target, LongConsumer copied) throws IOException {
        try (InputStream in = Files.newInputStream(source);
                FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            FileDigests digests = digest(in, out, copied, () -> false);
            out.flush();
            channel.force(true);
            copied.accept(digests.size());
            return digests;
        }
    }

    private static FileDigests digest(InputStream in, OutputStream copyTo, LongConsumer copied,
            BooleanSupplier cancelled) throws IOException {
        MessageDigest sha256 = newSha256();
        QuickXorHash quickXor = new QuickXorHash();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedIOException("hashing cancelled");
            }
            sha256.update(buffer, 0, read);
            quickXor.update(buffer, 0, read);
            if (copyTo != null) {
                copyTo.write(buffer, 0, read);
            }
            size += read;
            if (copied != null) {
                copied.accept(size);
            }
        }
        return new FileDigests(size, HexFormat.of().formatHex(sha256.digest()), quickXor.digestBase64());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
