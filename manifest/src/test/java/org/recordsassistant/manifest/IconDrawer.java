package org.recordsassistant.manifest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the two Teams app icons: a white speech bubble holding a tick, the "declared and filed" mark.
 *
 * <p>The PNGs in {@code src/main/teams} are the committed output of {@link #main}; run it again after changing
 * the drawing (see "Redrawing the icons" in {@code manifest/README.md}). It lives with the tests so the build
 * never redraws icons behind a reviewer's back, and {@code IconDrawerTests} keeps the drawing inside the rules
 * Teams sets for each icon.
 */
final class IconDrawer {

    /** Must equal {@code accentColor} in the manifest template; {@code TeamsPackageTests} checks it. */
    static final Color ACCENT = new Color(0x0F, 0x5E, 0x8C);

    private IconDrawer() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/teams");
        write(drawColor(), folder.resolve("color.png"));
        write(drawOutline(), folder.resolve("outline.png"));
    }

    /** Full-bleed accent square (Teams rounds the corners itself), white bubble, accent tick. Fully opaque. */
    static BufferedImage drawColor() {
        BufferedImage image = new BufferedImage(IconRules.COLOR_SIZE, IconRules.COLOR_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(ACCENT);
            g.fillRect(0, 0, IconRules.COLOR_SIZE, IconRules.COLOR_SIZE);
            // Teams asks for the symbol to sit well inside the square; this bubble spans about 120 px.
            g.setColor(Color.WHITE);
            g.fill(bubble(36, 44, 120, 88, 22, 56, 26));
            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(13f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(tick(68, 88, 88, 106, 124, 68));
        }
        finally {
            g.dispose();
        }
        return image;
    }

    /** White bubble outline and tick on transparency; every pixel is either opaque white or fully transparent. */
    static BufferedImage drawOutline() {
        BufferedImage image = new BufferedImage(IconRules.OUTLINE_SIZE, IconRules.OUTLINE_SIZE,
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            // No antialiasing: Teams tints the outline icon, and part-transparent edge pixels show as grey fringes.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            g.draw(bubble(4, 5, 24, 17, 5, 10, 6));
            g.draw(tick(10, 13, 14, 17, 22, 10));
        }
        finally {
            g.dispose();
        }
        snapToWhiteOrClear(image);
        return image;
    }

    /** A rounded body with a tail under its left side: the tail starts at {@code tailX} and drops {@code tailDrop}. */
    private static Area bubble(int x, int y, int width, int height, int arc, int tailX, int tailDrop) {
        Area shape = new Area(new RoundRectangle2D.Float(x, y, width, height, arc, arc));
        Path2D.Float tail = new Path2D.Float();
        int bottom = y + height;
        tail.moveTo(tailX - width / 12f, bottom - 1);
        tail.lineTo(tailX - width / 5f, bottom + tailDrop);
        tail.lineTo(tailX + width / 6f, bottom - 1);
        tail.closePath();
        shape.add(new Area(tail));
        return shape;
    }

    private static Path2D tick(float x1, float y1, float x2, float y2, float x3, float y3) {
        Path2D.Float path = new Path2D.Float();
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
        path.lineTo(x3, y3);
        return path;
    }

    private static void snapToWhiteOrClear(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int alpha = image.getRGB(x, y) >>> 24;
                image.setRGB(x, y, alpha >= 128 ? 0xFFFFFFFF : 0x00000000);
            }
        }
    }

    private static void write(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer available for " + file);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not write " + file, ex);
        }
    }
}
