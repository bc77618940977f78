package org.recordsassistant.manifest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app package the build wrote to {@code target/nccc-assistant.zip}, read back the way Teams reads it.
 *
 * <p>Surefire passes the zip's location and the settings it was built with as system properties (see
 * {@code manifest/pom.xml}), so the tests check the values of the build they run in, defaults or overrides.
 */
final class TeamsPackage {

    static final String MANIFEST = "manifest.json";

    static final String COLOR_ICON = "color.png";

    static final String OUTLINE_ICON = "outline.png";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, byte[]> entries;

    private final List<String> directories;

    private TeamsPackage(Map<String, byte[]> entries, List<String> directories) {
        this.entries = entries;
        this.directories = directories;
    }

    static TeamsPackage read() {
        Path zip = Path.of(buildSetting("teams.package.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: the build writes it in process-classes, run "
                    + "'mvn -pl manifest verify' rather than the tests alone");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> directories = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    directories.add(entry.getName());
                }
                else {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + zip, ex);
        }
        return new TeamsPackage(entries, List.copyOf(directories));
    }

    /** A value the build passed to surefire; missing means the test is not running under Maven. */
    static String buildSetting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven "
                    + "('mvn -pl manifest verify'), whose surefire configuration passes it");
        }
        return value;
    }

    List<String> fileNames() {
        return List.copyOf(entries.keySet());
    }

    List<String> directoryNames() {
        return directories;
    }

    String manifestText() {
        return new String(file(MANIFEST), StandardCharsets.UTF_8);
    }

    JsonNode manifest() {
        return JSON.readTree(manifestText());
    }

    BufferedImage image(String name) {
        try (InputStream in = new ByteArrayInputStream(file(name))) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new IllegalStateException(name + " in the package is not an image ImageIO can read");
            }
            return image;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot decode " + name, ex);
        }
    }

    private byte[] file(String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new IllegalStateException("the package has no " + name + "; it holds " + entries.keySet());
        }
        return content;
    }
}
