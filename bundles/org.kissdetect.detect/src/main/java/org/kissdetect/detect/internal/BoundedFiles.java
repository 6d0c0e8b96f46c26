package org.kissdetect.detect.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.kissdetect.common.files.FileErrors;
import org.kissdetect.common.files.OutputTransaction;

/**
 * Small files read with a bound on memory and written atomically with the permissions of any new file. A movie,
 * a device or a folder named where a small file belongs is refused before it is read; a file that is not a
 * regular file is never replaced.
 */
final class BoundedFiles {

    private static final LinkOption[] FOLLOW = {};
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private BoundedFiles() {
    }

    /**
     * The bytes of a regular file of at most {@code maxBytes}.
     *
     * @param what        what the file should be, for messages: "a scores file"
     * @param followLinks whether a symbolic link is followed or refused
     * @throws NoSuchFileException when there is no such file
     * @throws IOException         "FILE is not WHAT: why" when it is no regular file or is too large
     */
    static byte[] read(Path file, long maxBytes, String what, boolean followLinks) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, followLinks ? FOLLOW : NO_FOLLOW);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file + ": no such file (expected " + what + ")");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(file + " is not " + what + ": it is " + kind(attributes));
        }
        if (attributes.size() > maxBytes) {
            throw new IOException(file + " is not " + what + ": it holds " + attributes.size()
                    + " bytes, more than the " + maxBytes + " of the largest one");
        }
        try (InputStream in = Files.newInputStream(file, followLinks ? FOLLOW : NO_FOLLOW)) {
            // The size may have been wrong (a file of /proc) or changed since: never read past the bound.
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(file + " is not " + what + ": it holds more than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    /**
     * Replaces a regular file (or creates it) with new content, atomically: a reader sees the old or the new
     * content, never a part. A new file gets the permissions of any file created here (the umask applies); a
     * replaced one keeps its own.
     *
     * @throws IOException when the folder cannot be written, or something that is not a regular file is in the
     *                     way (a folder, a link, a device), which is left as it was
     */
    static void replace(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create the folder " + e.getFile() + ": something that is not a folder is"
                    + " in the way", e);
        } catch (IOException e) {
            throw new IOException("cannot create the folder " + folder + ": " + FileErrors.detail(e), e);
        }
        refuseNonRegular(file);
        try (OutputTransaction transaction = new OutputTransaction()) {
            transaction.file(file, out -> out.write(content));
            refuseNonRegular(file);
            transaction.commit();
        } catch (IOException e) {
            throw e instanceof RefusedException ? e : new IOException("cannot write " + file + ": " + FileErrors.detail(e), e);
        }
    }

    private static void refuseNonRegular(Path file) throws IOException {
        if (Files.exists(file, NO_FOLLOW) && !Files.isRegularFile(file, NO_FOLLOW)) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
            throw new RefusedException("cannot replace " + file + ": it is " + kind(attributes) + ", not a file");
        }
    }

    /** Something is in the way that is not ours to replace. */
    private static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        return attributes.isRegularFile() ? "a file" : "a device, a pipe or a socket";
    }
}
