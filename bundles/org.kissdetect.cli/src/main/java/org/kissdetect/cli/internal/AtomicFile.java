package org.kissdetect.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file completely or not at all: into a temporary file in the same folder (created when missing), moved
 * over the target only when everything was written. A failure deletes the temporary file and leaves any earlier
 * target untouched.
 */
final class AtomicFile {

    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw CommandFailure.badInput("cannot write " + target + ": it has no folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (FileSystemException e) {
            throw CommandFailure.badInput("cannot write " + target + ": cannot create " + folder + ": " + reason(e));
        }
        if (Files.isDirectory(absolute)) {
            throw CommandFailure.badInput("cannot write " + target + ": it is a folder");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        } catch (FileSystemException e) {
            throw CommandFailure.badInput("cannot write " + target + ": " + reason(e));
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            move(temporary, absolute);
            moved = true;
        } catch (FileSystemException e) {
            throw new CommandFailure(ExitCodes.FAILED, "cannot write " + target + ": " + reason(e), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A readable reason: the JDK names only the file in AccessDeniedException and its kin. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e instanceof FileSystemException ? e.getClass().getSimpleName() : String.valueOf(e.getMessage());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
