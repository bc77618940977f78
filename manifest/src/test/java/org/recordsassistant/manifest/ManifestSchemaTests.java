package org.recordsassistant.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The generated manifest against Microsoft's 1.22 schema, plus proof that the check really rejects things. */
class ManifestSchemaTests {

    private static SchemaValidator validator;

    private static TeamsPackage teamsPackage;

    @TempDir
    Path work;

    @BeforeAll
    static void installValidator() {
        validator = SchemaValidator.install();
        teamsPackage = TeamsPackage.read();
    }

    @Test
    void generatedManifestHasNoSchemaErrors() throws IOException {
        Path manifest = Files.writeString(work.resolve("manifest.json"), teamsPackage.manifestText());

        assertThat(validator.errorsFor(manifest)).isEmpty();
    }

    @Test
    void shortNameLongerThanThirtyCharactersIsRejected() throws IOException {
        ObjectNode manifest = (ObjectNode) teamsPackage.manifest();
        ((ObjectNode) manifest.get("name")).put("short", "N".repeat(31));

        assertThat(validator.errorsFor(write(manifest))).anySatisfy(error -> assertThat(error)
            .startsWith("/name/short")
            .contains("30 characters"));
    }

    @Test
    void manifestWithoutVersionIsRejected() throws IOException {
        ObjectNode manifest = (ObjectNode) teamsPackage.manifest();
        manifest.remove("version");

        assertThat(validator.errorsFor(write(manifest)))
            .anySatisfy(error -> assertThat(error).contains("must have required property 'version'"));
    }

    @Test
    void botScopeOutsideTheSchemaListIsRejected() throws IOException {
        ObjectNode manifest = (ObjectNode) teamsPackage.manifest();
        ((ObjectNode) manifest.get("bots").get(0)).putArray("scopes").add("everyone");

        assertThat(validator.errorsFor(write(manifest)))
            .anySatisfy(error -> assertThat(error).startsWith("/bots/0/scopes/0"));
    }

    @Test
    void missingNodeFailsWithInstructionsInsteadOfSkipping() {
        assertThatIllegalStateException()
            .isThrownBy(() -> SchemaValidator.requireTool("nccc-no-such-node-binary"))
            .withMessageContaining("must be on the PATH")
            .withMessageContaining("Node.js");
    }

    private Path write(ObjectNode manifest) throws IOException {
        return Files.writeString(work.resolve("broken-manifest.json"), TeamsPackage.JSON.writeValueAsString(manifest));
    }
}
