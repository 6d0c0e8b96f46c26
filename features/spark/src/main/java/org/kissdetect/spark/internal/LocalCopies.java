package org.kissdetect.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;

/**
 * Copies of remote files (movies and model directories on HDFS, S3A...) in one executor's local folder, shared by
 * its tasks: the ranges of one film that land on one executor copy it once. The copies stay while they fit in a
 * budget of bytes; past it, those no task holds go, least recently used first, so that an executor working through
 * a library never fills its disk with films it is done with.
 */
final class LocalCopies {

    /** Copies what {@code uri} names to {@code target}, which does not exist yet. */
    interface Copier {
        void copy(String uri, Path target) throws IOException;
    }

    /** A copy held by a task until it closes the lease. */
    interface Lease extends AutoCloseable {
        Path path();

        @Override
        void close();
    }

    private final Path folder;
    private final long budgetBytes;
    private final Copier copier;
    private final Map<String, Copy> copies = new LinkedHashMap<>(16, 0.75f, true);

    LocalCopies(Path folder, long budgetBytes, Copier copier) {
        this.folder = folder;
        this.budgetBytes = budgetBytes;
        this.copier = copier;
    }

    /** The local copy of {@code uri}, made when there is none, held until the lease is closed. */
    Lease lease(String uri) throws IOException {
        Copy copy;
        synchronized (this) {
            copy = copies.computeIfAbsent(uri, key -> new Copy(folder.resolve(Sha256.hex(key)).resolve(name(key))));
            copy.users++;
        }
        try {
            copy.make(uri, copier);
        } catch (IOException | RuntimeException e) {
            release(copy);
            throw e;
        }
        synchronized (this) {
            evictUnused();
        }
        return new Lease() {
            private boolean closed;

            @Override
            public Path path() {
                return copy.path;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    release(copy);
                }
            }
        };
    }

    /** The bytes the copies take now. */
    synchronized long bytes() {
        return copies.values().stream().mapToLong(copy -> copy.bytes).sum();
    }

    private synchronized void release(Copy copy) {
        copy.users--;
        if (copy.users == 0 && copy.bytes < 0) {
            copies.values().remove(copy);
        }
        evictUnused();
    }

    /** Deletes unheld copies, least recently used first, until the rest fit the budget. */
    private void evictUnused() {
        long total = copies.values().stream().mapToLong(copy -> Math.max(0, copy.bytes)).sum();
        for (Iterator<Copy> it = copies.values().iterator(); it.hasNext() && total > budgetBytes;) {
            Copy copy = it.next();
            if (copy.users == 0 && copy.bytes >= 0) {
                deleteQuietly(copy.path.getParent());
                total -= copy.bytes;
                it.remove();
            }
        }
    }

    private static final class Copy {
        final Path path;
        int users;
        /** Its size once made, -1 before. */
        volatile long bytes = -1;

        Copy(Path path) {
            this.path = path;
        }

        synchronized void make(String uri, Copier copier) throws IOException {
            if (bytes >= 0) {
                return;
            }
            OutputTransaction.deleteTree(path.getParent());
            Files.createDirectories(path.getParent());
            Path partial = path.resolveSibling(path.getFileName() + ".partial");
            copier.copy(uri, partial);
            Files.move(partial, path);
            bytes = size(path);
        }
    }

    private static long size(Path path) throws IOException {
        try (var files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    /** Deletes a copy's folder; one that cannot be deleted is left to the temporary folder's cleaning. */
    static void deleteQuietly(Path folder) {
        try {
            OutputTransaction.deleteTree(folder);
        } catch (IOException e) {
            // left behind
        }
    }

    private static String name(String uri) {
        String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return name.isEmpty() ? "copy" : name;
    }

}
