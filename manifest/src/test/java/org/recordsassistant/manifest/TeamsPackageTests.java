package org.recordsassistant.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TeamsPackageTests {

    private static TeamsPackage teamsPackage;

    @BeforeAll
    static void readPackage() {
        teamsPackage = TeamsPackage.read();
    }

    @Test
    void holdsExactlyTheManifestAndBothIconsAtTheZipRoot() {
        assertThat(teamsPackage.fileNames()).containsExactlyInAnyOrder(TeamsPackage.MANIFEST, TeamsPackage.COLOR_ICON,
                TeamsPackage.OUTLINE_ICON);
        assertThat(teamsPackage.directoryNames()).isEmpty();
    }

    @Test
    void manifestPointsAtTheIconsInThePackage() {
        JsonNode icons = teamsPackage.manifest().get("icons");

        assertThat(icons.get("color").asString()).isEqualTo(TeamsPackage.COLOR_ICON);
        assertThat(icons.get("outline").asString()).isEqualTo(TeamsPackage.OUTLINE_ICON);
    }

    @Test
    void colorIconIs192SquareAndFullyOpaque() {
        IconRules.assertColorIcon(teamsPackage.image(TeamsPackage.COLOR_ICON));
    }

    @Test
    void outlineIconIs32SquareWithOnlyWhiteOrTransparentPixels() {
        IconRules.assertOutlineIcon(teamsPackage.image(TeamsPackage.OUTLINE_ICON));
    }

    @Test
    void colorIconBackgroundIsTheManifestAccentColor() {
        BufferedImage icon = teamsPackage.image(TeamsPackage.COLOR_ICON);
        int accent = Integer.parseInt(teamsPackage.manifest().get("accentColor").asString().substring(1), 16);

        assertThat(IconRules.rgb(icon, 0, 0)).as("top-left pixel").isEqualTo(accent);
        assertThat(IconRules.rgb(icon, icon.getWidth() - 1, icon.getHeight() - 1)).as("bottom-right pixel")
            .isEqualTo(accent);
    }
}
