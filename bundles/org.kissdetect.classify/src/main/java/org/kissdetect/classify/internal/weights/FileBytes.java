package org.kissdetect.classify.internal.weights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;

/** Reads a model file whole: it is hashed and checked in memory before any of it reaches libtorch. */
public final class FileBytes {

    /** The largest file a Java array holds. */
    private static final long LIMIT = Integer.MAX_VALUE - 16;

    private FileBytes() {
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @return its content
     * @throws ModelException when it is missing, too large or unreadable
     */
    public static byte[] read(Path file) throws ModelException {
        try {
            long size = Files.size(file);
            if (size > LIMIT) {
                throw new ModelException(file, "is " + size + " bytes, more than the " + LIMIT + " a model file may have");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelException(file, "no such file", e);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
