package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordsassistant.graphconnector.models.MailAttachment;
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
    void writesAttachmentsAsBase64MimeParts() throws IOException {
        FolderMailer mailer = FolderMailer.of(folder);
        String csv = "reference,subject\r\nNCCC-2026-000001,\"Caf\u00e9, ports\"\r\n".repeat(20);

        mailer.send(new MailMessage(List.of("iao@example.gov.uk"), "Register export", "<p>Attached</p>",
                List.of(new MailAttachment("register.csv", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8)))));

        String eml = Files.readString(onlyFile(folder));
        Matcher boundary = Pattern.compile("Content-Type: multipart/mixed; boundary=\"([^\"]+)\"").matcher(eml);
        assertThat(boundary.find()).as("multipart header in %s", eml).isTrue();
        String[] parts = eml.split("\r\n--" + Pattern.quote(boundary.group(1)));
        assertThat(parts).hasSize(4);
        assertThat(parts[1]).contains("Content-Type: text/html; charset=UTF-8").endsWith("\r\n\r\n<p>Attached</p>");
        assertThat(parts[2]).contains("Content-Type: text/csv; charset=UTF-8\r\n",
                "Content-Disposition: attachment; filename=\"register.csv\"\r\n", "Content-Transfer-Encoding: base64");
        String base64 = parts[2].substring(parts[2].indexOf("\r\n\r\n") + 4);
        assertThat(base64.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        assertThat(new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(parts[3]).isEqualTo("--\r\n");
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
