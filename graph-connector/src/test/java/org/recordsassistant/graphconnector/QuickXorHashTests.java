package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuickXorHashTests {

    /**
     * Published vectors from rclone's {@code backend/onedrive/quickxorhash/quickxorhash_test.go} (input and
     * output both Base64), covering every branch: empty, a few bytes, crossing the 64-bit cells, the 32-bit last
     * cell, and inputs longer than the 160-byte ring.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'';AAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "Sg==;SgAAAAAAAAAAAAAAAQAAAAAAAAA=",
        "tbQ=;taAFAAAAAAAAAAAAAgAAAAAAAAA=",
        "0pZP;0rDEEwAAAAAAAAAAAwAAAAAAAAA=",
        "/aNzzCFPS/A=;/RjFHJgRgicsAR4ACAAAAAAAAAA=",
        "vPgoDjOfO6fm71RxLw==;vMAHChwwg0/s4BTmdQcV4vACAAA=",
        "T6LYJIfDh81JrAK309H2JMJTXis=;zBTHrspn3mEcohlJdIUAbjGNaNg=",
        "NbYXsp5/K6mR+NmHwExjvWeWDJFnXTKWVlzYHoesp2E=;wjuAuWDiq04qDt1R8hHWDDcwVoQ=",
        "4SVmjtXIL8BB8SfkbR5Cpaljm2jpyUfAhIBf65XmKxHlz9dy5XixgiE/q1lv+esZW/E=;wxZ0rxkMQEnRNAp8ZgEZLT4RdLM=",
        "Mb7EGva2rEE5fENDL85P+BsapHEEjv2/siVhKjvAQe02feExVOQSkfmuYzU/kTF1MaKjPmKF/w+cbvwfdWL8aQ==;"
                + "n1anP5NfvD4XDYWIeRPW3ZkPv1Y=",
        "PfxMcUd0vIW6VbHG/uj/Y0W6qEoKmyBD0nYebEKazKaKG+UaDqBEcmQjbfQeVnVLuodMoPp7P7TR"
                + "1htX5n2VnkHh22xDyoJ8C/ZQKiSNqQfXvh83judf4RVr9exJCud8Uvgip6aVZTaPrJHVjQhMCp/d"
                + "EnGvqg0oN5OVkM2qqAXvA0teKUDhgNM71sDBVBCGXxNOR2bpbD1iM4dnuT0ey4L+loXEHTL0fqMe"
                + "UcEi2asgImnlNakwenDzz0x57aBwyq3AspCFGB1ncX4yYCr/OaCcS5OKi/00WH+wNQU3;QX/YEpG0gDsmhEpCdWhsxDzsfVE=",
        "qwGf2ESubE5jOUHHyc94ORczFYYbc2OmEzo+hBIyzJiNwAzC8PvJqtTzwkWkSslgHFGWQZR2BV5+"
                + "uYTrYT7HVwRM40vqfj0dBgeDENyTenIOL1LHkjtDKoXEnQ0mXAHoJ8PjbNC93zi5TovVRXTNzfGE"
                + "s5dpWVqxUzb5lc7dwkyvOluBw482mQ4xrzYyIY1t+//OrNi1ObGXuUw2jBQOFfJVj2Y6BOyYmfB1"
                + "y36eBxi3zxeG5d5NYjm2GSh6e08QMAwu3zrINcqIzLOuNIiGXBtl7DjKt7b5wqi4oFiRpZsCyx2s"
                + "mhSrdrtK/CkdU6nDN+34vSR/M8rZpWQdBE7a8g==;WYT9JY3JIo/pEBp+tIM6Gt2nyTM="
    })
    void matchesPublishedTestVectors(String input, String expected) {
        byte[] bytes = Base64.getDecoder().decode(input);

        assertThat(new QuickXorHash().update(bytes).digestBase64()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 8, 63, 64, 159, 160, 161, 4096})
    void givesTheSameDigestForAnyChunking(int chunkSize) {
        byte[] bytes = new byte[100_003];
        new Random(42).nextBytes(bytes);
        String whole = new QuickXorHash().update(bytes).digestBase64();

        QuickXorHash chunked = new QuickXorHash();
        for (int offset = 0; offset < bytes.length; offset += chunkSize) {
            chunked.update(bytes, offset, Math.min(chunkSize, bytes.length - offset));
        }

        assertThat(chunked.digestBase64()).isEqualTo(whole);
    }

    @Test
    void hashesAFileLikeTheSameBytesInMemory(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("data.bin"), bytes);

        assertThat(QuickXorHash.of(file)).isEqualTo(new QuickXorHash().update(bytes).digestBase64());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 159, 160, 161, 1000, 65_537})
    void matchesTheDefinitionByteByByte(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        QuickXorHash hash = new QuickXorHash();
        Random chunks = new Random(-length);
        for (int offset = 0; offset < length;) {
            int chunk = Math.min(length - offset, 1 + chunks.nextInt(300));
            hash.update(bytes, offset, chunk);
            offset += chunk;
        }

        assertThat(hash.digest()).isEqualTo(byDefinition(bytes));
    }

    /** Byte {@code i} XORed in at bit {@code 11 * i mod 160}, then the length into the last eight bytes. */
    private static byte[] byDefinition(byte[] bytes) {
        byte[] state = new byte[20];
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                if ((bytes[i] >> bit & 1) != 0) {
                    int at = (int) ((11L * i + bit) % 160);
                    state[at / 8] ^= (byte) (1 << (at % 8));
                }
            }
        }
        for (int b = 0; b < 8; b++) {
            state[12 + b] ^= (byte) ((long) bytes.length >>> (8 * b));
        }
        return state;
    }

    @Test
    void digestDoesNotResetTheState() {
        QuickXorHash hash = new QuickXorHash().update(new byte[] {1, 2, 3});
        String first = hash.digestBase64();

        assertThat(hash.digestBase64()).isEqualTo(first);
        assertThat(hash.update(new byte[] {4}).digestBase64()).isNotEqualTo(first);
    }

    @Test
    void rejectsARangeOutsideTheArray() {
        assertThatThrownBy(() -> new QuickXorHash().update(new byte[4], 2, 3))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
