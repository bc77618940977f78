package org.recordsassistant.nccc.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Each transfer's folder under {@code nccc.transfer.work-dir}, named by its id and readable by this user only. */
@Component
class JobFolders {
	private static final Logger log = LoggerFactory.getLogger(JobFolders.class);

	private final Path root;

	JobFolders(TransferProperties settings) {
		this.root = settings.workDir().toAbsolutePath().normalize();
	}

	Path create(String transferId) {
		Path folder = root.resolve(transferId).normalize();
		if (!folder.getParent().equals(root)) {
			throw new IllegalArgumentException("transfer id is not a plain name");
		}
		try {
			Files.createDirectories(root);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createDirectory(folder,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectory(folder);
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes the folder and everything in it; only folders under the work root, and never fails loudly. */
	boolean delete(Path folder) {
		if (folder == null) {
			return true;
		}
		Path normalised = folder.toAbsolutePath().normalize();
		if (!normalised.startsWith(root) || normalised.equals(root)) {
			log.warn("Refused to delete a job folder outside the work directory");
			return false;
		}
		if (!Files.exists(normalised)) {
			return true;
		}
		try (Stream<Path> paths = Files.walk(normalised)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
			return true;
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not delete a job folder: {}", ex.getClass().getSimpleName());
			return false;
		}
	}
}
