package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordPathsTests {

    @Test
    void removesCharactersSharePointForbids() {
        assertThat(RecordPaths.subject("a\"b*c:d<e>f?g/h\\i|j")).isEqualTo("abcdefghij");
    }

    @Test
    void alsoRemovesHashAndPercent() {
        assertThat(RecordPaths.fileName("100% #1.txt")).isEqualTo("100 1.txt");
    }

    @Test
    void stripsTildesDotsAndSpacesAtTheEnds() {
        assertThat(RecordPaths.subject(" ~~.. Minutes .. ")).isEqualTo("Minutes");
        assertThat(RecordPaths.fileName("~$draft.docx")).isEqualTo("$draft.docx");
    }

    @Test
    void collapsesWhiteSpaceAndControlCharacters() {
        assertThat(RecordPaths.subject("Site\t\tvisit\n\u0007plans")).isEqualTo("Site visit plans");
    }

    @Test
    void removesTheReservedVtiSequence() {
        assertThat(RecordPaths.fileName("a_vt_vti_i_b.txt")).isEqualTo("ab.txt");
    }

    @Test
    void limitsLengthAndKeepsTheExtension() {
        String name = RecordPaths.fileName("x".repeat(300) + ".pdf");

        assertThat(name).hasSize(RecordPaths.MAX_NAME).endsWith(".pdf");
        assertThat(RecordPaths.subject("y".repeat(200))).hasSize(RecordPaths.MAX_SUBJECT);
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertThat(RecordPaths.subject("???")).isEqualTo("Record");
        assertThat(RecordPaths.fileName("..")).isEqualTo("file");
    }

    @Test
    void prefixesWindowsDeviceNames() {
        assertThat(RecordPaths.fileName("con.txt")).isEqualTo("_con.txt");
    }

    @Test
    void numbersConflictCandidatesBeforeTheExtension() {
        assertThat(RecordPaths.candidate("chat.txt", 1)).isEqualTo("chat.txt");
        assertThat(RecordPaths.candidate("chat.txt", 2)).isEqualTo("chat (2).txt");
        assertThat(RecordPaths.candidate("archive.tar.gz", 3)).isEqualTo("archive.tar (3).gz");
        assertThat(RecordPaths.candidate("README", 2)).isEqualTo("README (2)");
    }
}
