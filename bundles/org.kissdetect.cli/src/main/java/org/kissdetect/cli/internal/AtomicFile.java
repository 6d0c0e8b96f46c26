package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.kissdetect.common.files.AtomicFiles;
import org.kissdetect.common.files.OutputTransaction;

/**
 * Writes one output completely or not at all (see {@link Destination}): a regular file through an
 * {@link OutputTransaction} of its own, a device or a FIFO by writing to it. Failures become
 * {@link CommandFailure#cannotWrite}.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    static void write(Path target, OutputTransaction.Content content) {
        write(Destination.of(target.toString()), content);
    }

    static void write(Destination target, OutputTransaction.Content content) {
        try {
            switch (target.kind()) {
                case FOLDER -> throw CommandFailure.cannotWrite("cannot write " + target.given() + ": it is a folder");
                case STDOUT -> throw new IllegalArgumentException("stdout is written by the command itself");
                case STREAM -> AtomicFiles.writeStream(target.path(), content);
                case FILE -> {
                    try (OutputTransaction transaction = new OutputTransaction()) {
                        transaction.file(target.path(), content);
                        transaction.commit();
                    }
                }
            }
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write " + target.given() + ": " + reason(e), e);
        }
    }

    /** A readable reason that names the file when the JDK's message does not. */
    static String reason(IOException e) {
        String detail = detail(e);
        if (e instanceof FileSystemException f && f.getFile() != null && !detail.contains(f.getFile())) {
            return detail + " (" + f.getFile() + ")";
        }
        return detail;
    }

    /** A readable reason alone: the JDK names only the file in AccessDeniedException and its kin. */
    static String detail(IOException e) {
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
}
