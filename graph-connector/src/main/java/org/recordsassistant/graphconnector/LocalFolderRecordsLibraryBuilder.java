package org.recordsassistant.graphconnector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Builds a {@link LocalFolderRecordsLibrary}.
 *
 * <pre>{@code
 * RecordsLibrary library = new LocalFolderRecordsLibraryBuilder()
 *         .root(Path.of("data/records"))
 *         .retentionLabel("NCCC record - 7 years")
 *         .buildClient();
 * }</pre>
 */
public final class LocalFolderRecordsLibraryBuilder {

    private Path root;
    private String retentionLabel;

    /**
     * Creates a builder with no settings.
     */
    public LocalFolderRecordsLibraryBuilder() {
    }

    /**
     * Sets the folder that holds the records; it is created if missing.
     *
     * @param root the root folder
     * @return this builder
     * @throws NullPointerException if {@code root} is null
     */
    public LocalFolderRecordsLibraryBuilder root(Path root) {
        this.root = Objects.requireNonNull(root, "root must not be null");
        return this;
    }

    /**
     * Sets the retention label recorded in the sidecar when a package's metadata names none.
     *
     * @param retentionLabel the label name
     * @return this builder
     * @throws NullPointerException if {@code retentionLabel} is null
     */
    public LocalFolderRecordsLibraryBuilder retentionLabel(String retentionLabel) {
        this.retentionLabel = Objects.requireNonNull(retentionLabel, "retentionLabel must not be null");
        return this;
    }

    /**
     * Builds the library, creating the root folder if needed.
     *
     * @return a new library
     * @throws IllegalStateException if no root was set
     * @throws UncheckedIOException if the root folder cannot be created
     */
    public LocalFolderRecordsLibrary buildClient() {
        if (root == null) {
            throw new IllegalStateException("set root(Path) before buildClient()");
        }
        try {
            Path created = Files.createDirectories(root);
            return new LocalFolderRecordsLibrary(created.toRealPath(), retentionLabel);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the records folder; check its path and permissions", e);
        }
    }
}
