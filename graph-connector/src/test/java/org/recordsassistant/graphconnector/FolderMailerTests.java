package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.models.MailMessage;

class FolderMailerTests {

    @TempDir
    Path folder;

    @Test
    void writesEachMailAsAnEmlFile() throws IOException {
        FolderMailer mailer = FolderMailer.of(folder.resolve("mail"));

        mailer.send(new MailMessage(List.of("iao@example.gov.uk"), "Dossier reçu", "<p>Filed</p>"));

        String eml = Files.readString(onlyFile(folder.resolve("mail")));
        assertThat(eml).contains("To: iao@example.gov.uk\r\n")
                .contains("Subject: =?UTF-8?B?" + Base64.getEncoder()
                        .encodeToString("Dossier reçu".getBytes(StandardCharsets.UTF_8)) + "?=\r\n")
                .contains("Content-Type: text/html; charset=UTF-8\r\n")
                .endsWith("\r\n\r\n<p>Filed</p>");
    }

    @Test
    void doesNotLetARecipientAddHeaders() throws IOException {
        FolderMailer mailer = FolderMailer.of(folder);

        mailer.send(new MailMessage(List.of("a@example.gov.uk\r\nBcc: spy@example.com"), "s", "b"));

        assertThat(Files.readString(onlyFile(folder))).doesNotContain("\r\nBcc:");
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).endsWith(".eml");
            return all.get(0);
        }
    }
}
