package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.kissdetect.common.files.FileErrors;

/**
 * Where an output goes, decided before anything is written. A regular file (or a name that does not exist yet) is
 * replaced whole by renaming a finished file over it; a device, a FIFO, a terminal or {@code -} (stdout) is
 * written to, never replaced. Symbolic links are followed deliberately: the file a link points to is what gets
 * replaced, and the link stays a link. A link that points nowhere is refused.
 *
 * @param given what the user typed
 * @param kind  how the output is written
 * @param path  the file to replace or the stream to open (links resolved for files); {@code null} for stdout
 */
record Destination(String given, Kind kind, Path path) {

    enum Kind {
        /** A regular file, existing or not: written beside it and renamed over it. */
        FILE,
        /** A folder that exists. */
        FOLDER,
        /** A device, a FIFO or a terminal: opened and written to. */
        STREAM,
        /** The process's standard output. */
        STDOUT
    }

    static Destination stdout() {
        return new Destination("-", Kind.STDOUT, null);
    }

    /** What {@code given} names on this machine now. */
    static Destination of(String given) {
        if (given.equals("-")) {
            return stdout();
        }
        Path path = Path.of(given);
        BasicFileAttributes attributes = attributesFollowingLinks(path);
        if (attributes == null) {
            if (Files.isSymbolicLink(path)) {
                throw CommandFailure.cannotWrite(given + " is a symbolic link to a file that does not exist; "
                        + "name the file itself");
            }
            return new Destination(given, isFolderName(given) ? Kind.FOLDER : Kind.FILE, path.toAbsolutePath().normalize());
        }
        if (attributes.isDirectory()) {
            return new Destination(given, Kind.FOLDER, realPath(path));
        }
        if (attributes.isRegularFile()) {
            return new Destination(given, Kind.FILE, realPath(path));
        }
        if (attributes.isOther() && isSocket(path)) {
            throw CommandFailure.cannotWrite(given + " is a socket; name a file, a device, a FIFO or '-'");
        }
        return new Destination(given, Kind.STREAM, path);
    }

    /** A name ending with a slash means a folder, whether or not it exists yet. */
    static boolean isFolderName(String given) {
        return given.endsWith("/") || given.endsWith("/.") || given.equals(".") || given.endsWith("/..")
                || given.equals("..");
    }

    boolean isStream() {
        return kind == Kind.STREAM || kind == Kind.STDOUT;
    }

    private static BasicFileAttributes attributesFollowingLinks(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write " + path + ": " + FileErrors.reason(e));
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write " + path + ": " + FileErrors.reason(e));
        }
    }

    private static boolean isSocket(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer bits && (bits & 0170000) == 0140000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
