package org.recordsassistant.graphconnector;

import java.util.Locale;
import java.util.Set;
import org.recordsassistant.graphconnector.models.RecordPackage;

/**
 * The naming rules shared by every {@link RecordsLibrary}.
 *
 * <p>Folder: {@code <year>/<reference> <subject>}. A subject or file name is made safe for SharePoint and for
 * local file systems like this:
 * <ol>
 *   <li>the characters {@code " * : < > ? / \ |}, also {@code # %} (allowed by SharePoint Online today but
 *       not by older libraries and sync clients, and they would make percent-encoded paths ambiguous), and
 *       control characters are removed;</li>
 *   <li>runs of white space become one space;</li>
 *   <li>the SharePoint-reserved sequence {@code _vti_} is removed;</li>
 *   <li>leading {@code ~} characters, and leading and trailing dots and spaces, are removed;</li>
 *   <li>subjects are cut to {@value #MAX_SUBJECT} characters and file names to {@value #MAX_NAME} (keeping the
 *       extension), then trailing dots and spaces are removed again;</li>
 *   <li>an empty result becomes {@code Record} (subject) or {@code file} (name);</li>
 *   <li>a file name equal to a Windows device name ({@code CON}, {@code NUL}, {@code COM1}...) gets a leading
 *       underscore.</li>
 * </ol>
 * Name conflict: the {@code n}-th candidate for {@code base.ext} is {@code base (n).ext}, starting at 2.
 */
final class RecordPaths {

    static final int MAX_SUBJECT = 80;
    static final int MAX_NAME = 120;
    /** Candidates tried for one file before giving up with a {@link RecordConflictException}. */
    static final int MAX_CANDIDATES = 50;

    private static final String FORBIDDEN = "\"*:<>?/\\|#%";
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private RecordPaths() {
    }

    static String folderPath(RecordPackage recordPackage) {
        return recordPackage.year() + "/" + recordPackage.reference() + " " + subject(recordPackage.subject());
    }

    static String subject(String subject) {
        String cleaned = trimEnds(clean(subject));
        cleaned = cut(cleaned, MAX_SUBJECT);
        return cleaned.isEmpty() ? "Record" : cleaned;
    }

    static String fileName(String name) {
        String cleaned = trimEnds(clean(name));
        if (cleaned.length() > MAX_NAME) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 16 ? cleaned.substring(dot) : "";
            cleaned = cut(cleaned.substring(0, cleaned.length() - extension.length()),
                    MAX_NAME - extension.length()) + extension;
        }
        if (cleaned.isEmpty()) {
            return "file";
        }
        int dot = cleaned.indexOf('.');
        String stem = dot > 0 ? cleaned.substring(0, dot) : cleaned;
        if (DEVICE_NAMES.contains(stem.toUpperCase(Locale.ROOT))) {
            return "_" + cleaned;
        }
        return cleaned;
    }

    /**
     * Returns the {@code n}-th candidate name for a conflicting file.
     *
     * @param name the sanitised name
     * @param n the candidate number, 2 or more
     */
    static String candidate(String name, int n) {
        if (n < 2) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return name + " (" + n + ")";
        }
        return name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }

    private static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) && !Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            out.append(c);
            lastWasSpace = false;
        }
        String result = out.toString();
        String previous;
        do {
            previous = result;
            result = result.replace("_vti_", "");
        } while (!result.equals(previous));
        return result;
    }

    private static String trimEnds(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == '~' || value.charAt(start) == '.' || value.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == '.' || value.charAt(end - 1) == ' ')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return trimEnds(value.substring(0, end));
    }
}
