package org.recordsassistant.graphconnector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recordsassistant.graphconnector.models.DirectoryUser;

class DirectoryUserTests {

    @Test
    void emailsTheMailAddressElseTheUserPrincipalName() {
        assertThat(user("sam.jones@example.gov.uk", "sjones@example.gov.uk").emailAddress())
                .hasValue("sam.jones@example.gov.uk");
        assertThat(user(" ", "sjones@example.gov.uk").emailAddress()).hasValue("sjones@example.gov.uk");
        assertThat(user(null, "sjones@example.gov.uk").emailAddress()).hasValue("sjones@example.gov.uk");
        assertThat(user(null, " ").emailAddress()).isEmpty();
        assertThat(user(null, null).emailAddress()).isEmpty();
    }

    private static DirectoryUser user(String mail, String upn) {
        return new DirectoryUser("0b6f2f4e-1111-2222-3333-444455556666", "Sam Jones", mail, upn, null, null);
    }
}
