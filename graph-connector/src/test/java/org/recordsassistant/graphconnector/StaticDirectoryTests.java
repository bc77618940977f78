package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.models.DirectoryUser;

class StaticDirectoryTests {

    private final DirectoryUser alex = new DirectoryUser("a", "Alex", "alex@example.gov.uk", "Alex@example.gov.uk",
            null, "Estates");
    private final DirectoryUser morgan = new DirectoryUser("m", "Morgan", "morgan@example.gov.uk",
            "morgan@example.gov.uk", "IAO", "Estates");
    private final StaticDirectory directory = StaticDirectory.of(List.of(alex, morgan), Map.of("a", "m"));

    @Test
    void findsUsersByIdOrByUpnIgnoringCase() {
        assertThat(directory.findUser("a")).contains(alex);
        assertThat(directory.findUser("alex@EXAMPLE.gov.uk")).contains(alex);
        assertThat(directory.findUser("unknown")).isEmpty();
    }

    @Test
    void findsTheManager() {
        assertThat(directory.findManager("alex@example.gov.uk")).contains(morgan);
        assertThat(directory.findManager("m")).isEmpty();
    }
}
