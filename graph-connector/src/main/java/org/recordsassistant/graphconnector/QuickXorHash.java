package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
 * eight bytes and the 20 bytes are Base64-encoded. Since XOR is linear and the offsets repeat every 160 bytes,
 * {@link #update} only folds the input into a 160-byte ring eight bytes at a time (byte {@code i} into ring
 * byte {@code i mod 160}), and {@link #digest} spreads the ring's bytes to their bit offsets once. That is
 * several times faster than Microsoft's reference loop, which places every byte, and gives the same digests.
 *
 * <p>Instances are not thread-safe. Feed data with {@link #update(byte[], int, int)} in any chunking: the
 * result depends only on the bytes and their order.
 */
public final class QuickXorHash {

    private static final int WIDTH_IN_BYTES = 20;
    private static final int RING_BYTES = 160;
    private static final int RING_LONGS = RING_BYTES / Long.BYTES;
    private static final int SHIFT = 11;
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** Ring byte {@code k} is bits {@code 8 * (k % 8)} and up of {@code ring[k / 8]}. */
    private final long[] ring = new long[RING_LONGS];
    private long lengthSoFar;

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
        int end = offset + length;
        int at = (int) (lengthSoFar % RING_BYTES);
        int i = offset;
        while (i < end && at % Long.BYTES != 0) {
            at = foldByte(array[i++], at);
        }
        int cell = at / Long.BYTES;
        while (end - i >= Long.BYTES && cell != 0) {
            ring[cell] ^= (long) LONGS.get(array, i);
            i += Long.BYTES;
            cell = cell + 1 == RING_LONGS ? 0 : cell + 1;
        }
        if (cell == 0) {
            long[] r = ring;
            for (; end - i >= RING_BYTES; i += RING_BYTES) {
                for (int c = 0; c < RING_LONGS; c++) {
                    r[c] ^= (long) LONGS.get(array, i + c * Long.BYTES);
                }
            }
            for (; end - i >= Long.BYTES; i += Long.BYTES) {
                r[cell] ^= (long) LONGS.get(array, i);
                cell++;
            }
        }
        at = cell * Long.BYTES;
        while (i < end) {
            at = foldByte(array[i++], at);
        }
        lengthSoFar += length;
        return this;
    }

    private int foldByte(byte value, int at) {
        ring[at / Long.BYTES] ^= (value & 0xFFL) << (8 * (at % Long.BYTES));
        return at + 1 == RING_BYTES ? 0 : at + 1;
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
        byte[] result = new byte[WIDTH_IN_BYTES];
        for (int k = 0; k < RING_BYTES; k++) {
            int value = (int) (ring[k / Long.BYTES] >>> (8 * (k % Long.BYTES))) & 0xFF;
            if (value != 0) {
                int bit = SHIFT * k % (WIDTH_IN_BYTES * 8);
                int shifted = value << (bit % 8);
                result[bit / 8] ^= (byte) shifted;
                result[(bit / 8 + 1) % WIDTH_IN_BYTES] ^= (byte) (shifted >>> 8);
            }
        }
        for (int b = 0; b < Long.BYTES; b++) {
            result[result.length - Long.BYTES + b] ^= (byte) (lengthSoFar >>> (8 * b));
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
