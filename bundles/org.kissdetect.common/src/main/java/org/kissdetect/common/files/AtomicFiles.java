package org.kissdetect.common.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One file written completely or not at all: staged beside its target under a short hidden name and renamed over
 * it (see {@link OutputTransaction}: umask permissions for a new file, a replaced file keeps its own). A device or
 * a FIFO is written to as it is, never replaced. A symbolic link is followed: what it points to is replaced.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}: a regular file (new or replaced) or an existing device or FIFO. */
    public static void write(Path target, OutputTransaction.Content content) throws IOException {
        if (Files.isSymbolicLink(target)) {
            if (!Files.exists(target)) {
                throw new IOException("cannot write " + target + ": a symbolic link to a file that does not exist");
            }
            // the file the link points to is replaced; the link stays a link
            target = target.toRealPath();
        }
        if (isStream(target)) {
            writeStream(target, content);
            return;
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        try (OutputTransaction transaction = new OutputTransaction()) {
            transaction.file(target, content);
            transaction.commit();
        }
    }

    /** Writes {@code text} as UTF-8, as {@link #write(Path, OutputTransaction.Content)} does. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Whether {@code path} exists and is neither a regular file nor a folder: a device, a FIFO, a socket. */
    public static boolean isStream(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /** Devices and FIFOs are written to as they are: renaming a file over them would replace them. */
    public static void writeStream(Path stream, OutputTransaction.Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream, StandardOpenOption.WRITE), 1 << 16)) {
            content.writeTo(out);
        }
    }
}
