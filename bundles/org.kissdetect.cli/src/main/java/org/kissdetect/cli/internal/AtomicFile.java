package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.common.files.AtomicFiles;
import org.kissdetect.common.files.FileErrors;
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
                case FILE -> AtomicFiles.write(target.path(), content);
            }
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write " + target.given() + ": " + FileErrors.reason(e), e);
        }
    }
}
