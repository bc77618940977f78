package org.recordsassistant.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class IconDrawerTests {

    @Test
    void drawsAnOpaque192ColorIconOnTheAccentColor() {
        BufferedImage icon = IconDrawer.drawColor();

        IconRules.assertColorIcon(icon);
        assertThat(IconRules.rgb(icon, 0, 0)).isEqualTo(IconDrawer.ACCENT.getRGB() & 0xFFFFFF);
        assertThat(IconRules.rgb(icon, 96, 54)).as("inside the bubble, above the tick").isEqualTo(0xFFFFFF);
    }

    @Test
    void drawsA32OutlineIconOfOnlyWhiteAndTransparentPixels() {
        IconRules.assertOutlineIcon(IconDrawer.drawOutline());
    }

    @Test
    void usesTheAccentColorDeclaredInTheManifest() {
        String accent = TeamsPackage.read().manifest().get("accentColor").asString();

        assertThat(String.format("#%06X", IconDrawer.ACCENT.getRGB() & 0xFFFFFF)).isEqualToIgnoringCase(accent);
    }
}
