package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/**
 * Streaming implementation of Microsoft's QuickXorHash, the content hash OneDrive and SharePoint report as
 * {@code file.hashes.quickXorHash}.
 *
 * <p>The state is 160 bits. Input byte number {@code i} is XORed in at bit offset {@code 11 * i mod 160},
 * wrapping round; at the end the total length, as a little-endian 64-bit number, is XORed into the last
 * eight bytes and the 20 bytes are Base64-encoded. The loop structure follows Microsoft's published
 * reference so that one pass over a large buffer touches each state cell only a few times.
 *
 * <p>Instances are not thread-safe. Feed data with {@link #update(byte[], int, int)} in any chunking: the
 * result depends only on the bytes and their order.
 */
public final class QuickXorHash {

    private static final int WIDTH_IN_BITS = 160;
    private static final int SHIFT = 11;
    private static final int BITS_IN_LAST_CELL = 32;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final long[] data = new long[3];
    private long lengthSoFar;
    private int shiftSoFar;

    /**
     * Creates a hash with an empty state.
     */
    public QuickXorHash() {
    }

    /**
     * Hashes a whole file, streaming it in 64 KiB chunks.
     *
     * @param file the file to read
     * @return the Base64 QuickXorHash of the file's bytes
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static String of(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        QuickXorHash hash = new QuickXorHash();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int read;
            while ((read = in.read(buffer)) != -1) {
                hash.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a file to hash it", e);
        }
        return hash.digestBase64();
    }

    /**
     * Adds bytes to the hash.
     *
     * @param array the buffer holding the bytes
     * @param offset index of the first byte to add
     * @param length number of bytes to add
     * @return this hash, for chaining
     * @throws IndexOutOfBoundsException if the range lies outside {@code array}
     * @throws NullPointerException if {@code array} is null
     */
    public QuickXorHash update(byte[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        int vectorArrayIndex = shiftSoFar / 64;
        int vectorOffset = shiftSoFar % 64;
        int iterations = Math.min(length, WIDTH_IN_BITS);
        int end = offset + length;
        for (int i = 0; i < iterations; i++) {
            boolean isLastCell = vectorArrayIndex == data.length - 1;
            int bitsInVectorCell = isLastCell ? BITS_IN_LAST_CELL : 64;
            // Bytes 160 apart land on the same offset, so XOR them together first.
            int xored = 0;
            for (int j = offset + i; j < end; j += WIDTH_IN_BITS) {
                xored ^= array[j] & 0xFF;
            }
            if (vectorOffset <= bitsInVectorCell - 8) {
                data[vectorArrayIndex] ^= ((long) xored) << vectorOffset;
            } else {
                int next = isLastCell ? 0 : vectorArrayIndex + 1;
                data[vectorArrayIndex] ^= ((long) xored) << vectorOffset;
                data[next] ^= ((long) xored) >>> (bitsInVectorCell - vectorOffset);
            }
            vectorOffset += SHIFT;
            if (vectorOffset >= bitsInVectorCell) {
                vectorArrayIndex = isLastCell ? 0 : vectorArrayIndex + 1;
                vectorOffset -= bitsInVectorCell;
            }
        }
        shiftSoFar = (int) ((shiftSoFar + (long) SHIFT * (length % WIDTH_IN_BITS)) % WIDTH_IN_BITS);
        lengthSoFar += length;
        return this;
    }

    /**
     * Adds a whole array to the hash.
     *
     * @param array the bytes to add
     * @return this hash, for chaining
     * @throws NullPointerException if {@code array} is null
     */
    public QuickXorHash update(byte[] array) {
        return update(array, 0, array.length);
    }

    /**
     * Returns the 20-byte digest of everything added so far. The state is not changed, so more bytes may be
     * added afterwards.
     *
     * @return a new array holding the digest
     */
    public byte[] digest() {
        byte[] result = new byte[WIDTH_IN_BITS / 8];
        for (int cell = 0; cell < data.length; cell++) {
            int bytesInCell = cell == data.length - 1 ? BITS_IN_LAST_CELL / 8 : 8;
            for (int b = 0; b < bytesInCell; b++) {
                result[cell * 8 + b] = (byte) (data[cell] >>> (8 * b));
            }
        }
        for (int b = 0; b < 8; b++) {
            result[result.length - 8 + b] ^= (byte) (lengthSoFar >>> (8 * b));
        }
        return result;
    }

    /**
     * Returns the digest Base64-encoded, the form Microsoft Graph uses in {@code file.hashes.quickXorHash}.
     *
     * @return the Base64 digest, 28 characters long
     */
    public String digestBase64() {
        return Base64.getEncoder().encodeToString(digest());
    }
}
