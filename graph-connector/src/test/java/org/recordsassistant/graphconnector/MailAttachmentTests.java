package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.models.MailAttachment;
import org.recordsassistant.graphconnector.models.MailMessage;

class MailAttachmentTests {

    @Test
    void keepsItsBytesToItself() {
        byte[] bytes = {1, 2, 3};
        MailAttachment attachment = new MailAttachment("a.csv", "text/csv", bytes);
        bytes[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment.toString()).isEqualTo("MailAttachment[bytes=3]");
    }

    @Test
    void refusesANameThatIsAPathOrCouldBreakAHeader() {
        assertThatThrownBy(() -> new MailAttachment("../a.csv", "text/csv", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a\r\nBcc: x.csv", "text/csv", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment(" ", "text/csv", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMailWithoutAttachmentsHasAnEmptyList() {
        assertThat(new MailMessage(List.of("a@example.gov.uk"), "s", "b").attachments()).isEmpty();
    }
}
