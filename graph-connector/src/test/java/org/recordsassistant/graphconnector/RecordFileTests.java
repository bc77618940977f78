package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordsassistant.graphconnector.models.FileRole;
import org.recordsassistant.graphconnector.models.RecordFile;

class RecordFileTests {
    private static final String SHA256 = "a".repeat(64);

    @Test
    void theQuickXorHashIsOptional() {
        String hash = new QuickXorHash().update(new byte[] {1, 2, 3}).digestBase64();

        RecordFile without = new RecordFile("chat.txt", Path.of("chat.txt"), 3, SHA256, "text/plain",
                FileRole.ORIGINAL);
        RecordFile with = new RecordFile("chat.txt", Path.of("chat.txt"), 3, SHA256, hash, "text/plain",
                FileRole.ORIGINAL);

        assertThat(without.quickXorHash()).isNull();
        assertThat(with.quickXorHash()).isEqualTo(hash);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64", "AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAA=="})
    void refusesAQuickXorHashThatIsNotTwentyBytesOfBase64(String hash) {
        assertThatThrownBy(() -> new RecordFile("chat.txt", Path.of("chat.txt"), 3, SHA256, hash, "text/plain",
                FileRole.ORIGINAL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quickXorHash");
    }
}
