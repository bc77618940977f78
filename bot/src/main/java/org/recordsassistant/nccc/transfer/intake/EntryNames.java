package org.recordsassistant.nccc.transfer.intake;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Turns a zip entry name into a safe relative path, or refuses it. */
final class EntryNames {

	private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
	private static final String PARENT = "..";

	private EntryNames() {
	}

	/**
	 * The entry name with backslashes as separators and {@code .} segments removed.
	 *
	 * @throws UploadRejectedException {@code UNSAFE_PATH} for {@code ..}, absolute paths, drive letters, empty
	 *     names and characters a file name cannot hold
	 */
	static String normalise(String rawName, int entryNumber) {
		String name = rawName.replace('\\', '/');
		if (name.startsWith("/") || DRIVE_LETTER.matcher(name).matches()) {
			throw unsafe(entryNumber, "absolute path");
		}
		StringBuilder normalised = new StringBuilder(name.length());
		for (String segment : name.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals(PARENT)) {
				throw unsafe(entryNumber, "parent segment");
			}
			for (int i = 0; i < segment.length(); i++) {
				char c = segment.charAt(i);
				if (c < ' ' || c == ':') {
					throw unsafe(entryNumber, "control character or colon");
				}
			}
			if (normalised.length() > 0) {
				normalised.append('/');
			}
			normalised.append(segment);
		}
		if (normalised.length() == 0) {
			throw unsafe(entryNumber, "empty name");
		}
		return normalised.toString();
	}

	/** Resolves the normalised name inside the folder, checking that it stays inside. */
	static Path resolveInside(Path folder, String normalisedName, int entryNumber) {
		try {
			Path resolved = folder.resolve(normalisedName).normalize();
			if (!resolved.startsWith(folder) || resolved.equals(folder)) {
				throw unsafe(entryNumber, "resolves outside the job folder");
			}
			return resolved;
		}
		catch (InvalidPathException ex) {
			throw new UploadRejectedException(RejectionReason.UNSAFE_PATH, "entry " + entryNumber + ": invalid name",
					ex);
		}
	}

	private static UploadRejectedException unsafe(int entryNumber, String why) {
		return new UploadRejectedException(RejectionReason.UNSAFE_PATH, "entry " + entryNumber + ": " + why);
	}
}
