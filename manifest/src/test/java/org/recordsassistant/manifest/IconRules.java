package org.recordsassistant.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Pixel rules Teams sets for app icons; the manifest schema cannot check them, so these assertions do. */
final class IconRules {

    static final int COLOR_SIZE = 192;

    static final int OUTLINE_SIZE = 32;

    private IconRules() {
    }

    static void assertColorIcon(BufferedImage icon) {
        assertThat(icon.getWidth()).as("colour icon width").isEqualTo(COLOR_SIZE);
        assertThat(icon.getHeight()).as("colour icon height").isEqualTo(COLOR_SIZE);
        List<String> seeThrough = new ArrayList<>();
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                if (alpha(icon.getRGB(x, y)) != 0xFF) {
                    seeThrough.add(x + "," + y);
                }
            }
        }
        assertThat(seeThrough).as("colour icon pixels that are not fully opaque").isEmpty();
    }

    static void assertOutlineIcon(BufferedImage icon) {
        assertThat(icon.getWidth()).as("outline icon width").isEqualTo(OUTLINE_SIZE);
        assertThat(icon.getHeight()).as("outline icon height").isEqualTo(OUTLINE_SIZE);
        int white = 0;
        int clear = 0;
        List<String> other = new ArrayList<>();
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                int argb = icon.getRGB(x, y);
                if (argb == 0xFFFFFFFF) {
                    white++;
                }
                else if (alpha(argb) == 0) {
                    clear++;
                }
                else {
                    other.add(String.format("%d,%d=#%08X", x, y, argb));
                }
            }
        }
        assertThat(other).as("outline icon pixels neither opaque white nor fully transparent").isEmpty();
        assertThat(white).as("white pixels: the outline icon must show something").isGreaterThan(OUTLINE_SIZE * 4);
        assertThat(clear).as("transparent pixels: the outline icon needs a transparent background")
            .isGreaterThan(OUTLINE_SIZE * OUTLINE_SIZE / 2);
    }

    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
