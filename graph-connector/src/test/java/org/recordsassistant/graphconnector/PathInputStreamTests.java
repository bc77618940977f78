package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathInputStreamTests {
    private static final int SIZE = 3 * PathInputStream.READ_AHEAD_BYTES + 1234;

    @TempDir
    Path temp;
    private Path file;
    private byte[] content;

    @BeforeEach
    void writeFile() throws IOException {
        content = new byte[SIZE];
        new Random(11).nextBytes(content);
        file = Files.write(temp.resolve("slice.bin"), content);
    }

    @Test
    void readsExactlyTheRangeInOkioSizedReads() throws IOException {
        long offset = PathInputStream.READ_AHEAD_BYTES - 100;
        int length = PathInputStream.READ_AHEAD_BYTES + 5000;
        try (PathInputStream in = new PathInputStream(file, offset, length)) {
            byte[] read = readAll(in, 8192);

            assertThat(read).isEqualTo(Arrays.copyOfRange(content, (int) offset, (int) offset + length));
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.available()).isZero();
        }
    }

    @Test
    void aRangeThatRunsPastTheEndOfTheFileStopsAtTheEnd() throws IOException {
        try (PathInputStream in = new PathInputStream(file, SIZE - 10, 1000)) {
            assertThat(in.available()).isEqualTo(10);
            assertThat(readAll(in, 8192)).isEqualTo(Arrays.copyOfRange(content, SIZE - 10, SIZE));
        }
        try (PathInputStream in = new PathInputStream(file, 100)) {
            assertThat(readAll(in, 100_000)).isEqualTo(Arrays.copyOfRange(content, 100, SIZE));
        }
    }

    @Test
    void resetGoesBackToTheMarkSoARetrySendsTheSameBytes() throws IOException {
        int offset = 4096;
        int length = 2 * PathInputStream.READ_AHEAD_BYTES;
        try (PathInputStream in = new PathInputStream(file, offset, length)) {
            in.mark(length);
            byte[] first = readAll(in, 8192);
            in.reset();
            byte[] second = readAll(in, 5000);

            assertThat(second).isEqualTo(first).isEqualTo(Arrays.copyOfRange(content, offset, offset + length));
        }
    }

    @Test
    void markAndResetInTheMiddleAndSkipMoveWithinTheRange() throws IOException {
        try (PathInputStream in = new PathInputStream(file, 0, SIZE)) {
            assertThat(in.skip(PathInputStream.READ_AHEAD_BYTES + 7)).isEqualTo(PathInputStream.READ_AHEAD_BYTES + 7);
            assertThat(in.read()).isEqualTo(content[PathInputStream.READ_AHEAD_BYTES + 7] & 0xFF);
            in.mark(10);
            byte[] next = in.readNBytes(10);
            in.reset();

            assertThat(in.readNBytes(10)).isEqualTo(next);
            assertThat(in.skip(Long.MAX_VALUE)).isEqualTo(SIZE - PathInputStream.READ_AHEAD_BYTES - 18);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void refusesAReadOutsideTheCallersArray() throws IOException {
        try (PathInputStream in = new PathInputStream(file, 0, 10)) {
            assertThatThrownBy(() -> in.read(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(in.read(new byte[4], 0, 0)).isZero();
        }
    }

    private static byte[] readAll(PathInputStream in, int chunk) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int read;
        while ((read = in.read(buffer, 0, chunk)) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
