package org.recordsassistant.nccc.transfer.filing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordPackage;

/**
 * The built record package, kept beside it in the job folder as {@code record-package.json} so that a rerun files
 * the same package without rendering the transcript and hashing every file again. It is only trusted while every
 * file is still there with its size; a file changed in place is caught when the records library compares the
 * hash of what it received with the kept QuickXorHash (then the package is forgotten and built again). A package
 * kept by an older version has no QuickXorHash, and the library hashes its files as it files them. Holds
 * the record's metadata (names included), like the rest of the job folder; it goes with the folder.
 */
final class KeptPackage {
	static final String FILE_NAME = "record-package.json";
	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private KeptPackage() {
	}

	static void keep(Path packageDir, RecordPackage recordPackage) throws IOException {
		Path temp = packageDir.resolve(FILE_NAME + ".part");
		JSON.writeValue(temp.toFile(), recordPackage);
		Files.move(temp, packageDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	/** The kept package, if it is there, readable, and every file in it still has its size. */
	static Optional<RecordPackage> find(Path packageDir) {
		Path kept = packageDir.resolve(FILE_NAME);
		if (!Files.isRegularFile(kept)) {
			return Optional.empty();
		}
		try {
			RecordPackage recordPackage = JSON.readValue(kept.toFile(), RecordPackage.class);
			for (RecordFile file : recordPackage.files()) {
				if (!Files.isRegularFile(file.path()) || Files.size(file.path()) != file.size()) {
					return Optional.empty();
				}
			}
			return Optional.of(recordPackage);
		} catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/** Forgets the kept package, so the next attempt builds it again. */
	static void forget(Path packageDir) {
		try {
			Files.deleteIfExists(packageDir.resolve(FILE_NAME));
		} catch (IOException ignored) {
			// Then the next attempt files the kept package, and a changed file fails the hash check again.
		}
	}
}
