package org.kissdetect.projects.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.kissdetect.api.projects.ProjectException;

/** Where a project's file and the media it names are. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static void checkReadable(Path file, long maxBytes) throws ProjectException {
        if (!Files.isRegularFile(file)) {
            throw new ProjectException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ProjectException(file, "the file is empty");
            }
            if (size > maxBytes) {
                throw new ProjectException(file, "too large for a project: " + size + " bytes (at most " + maxBytes
                        + ")");
            }
        } catch (IOException e) {
            throw new ProjectException(file, "cannot read it: " + e.getMessage(), e);
        }
    }

    /**
     * The media file a project names, as a path or a {@code file:} URL, absolute or relative to {@code base}.
     *
     * @return the absolute, normalised path, or null when the reference names no local file (another URL scheme,
     *         a generator such as MLT's {@code color})
     */
    static Path media(String reference, Path base) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String text = reference.strip();
        try {
            if (text.regionMatches(true, 0, "file:", 0, 5)) {
                return Path.of(new URI(text.replace(" ", "%20"))).toAbsolutePath().normalize();
            }
            if (text.matches("(?i)[a-z][a-z0-9+.-]+://.*")) {
                return null;
            }
            Path path = Path.of(text);
            return (path.isAbsolute() ? path : base.resolve(path)).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** @return the file name's extension in lower case, without the dot, or "" */
    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
