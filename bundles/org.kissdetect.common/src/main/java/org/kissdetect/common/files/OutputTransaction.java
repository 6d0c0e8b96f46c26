package org.kissdetect.common.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files and folders one run writes, appearing together or not at all. Each is written in full beside its
 * target under a short hidden name first ({@link #file}, {@link #folder}); {@link #commit()} then renames them all
 * into place, and puts back what was there before if any rename fails. Closing without committing deletes what
 * was staged. New files get the permissions the umask gives; a replaced file keeps its own. Targets are regular files
 * or folders: write a device or a FIFO through {@link AtomicFiles#write}, which never renames anything over one.
 */
public final class OutputTransaction implements AutoCloseable {

    /** Writes a file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a folder. */
    public interface FolderContent<E extends Exception> {
        void writeInto(Path folder) throws IOException, E;
    }

    private record Staged(Path staging, Path target) {
    }

    private record Placed(Path target, Path backup) {
    }

    private final List<Staged> staged = new ArrayList<>();
    private boolean committed;

    /** Writes {@code content} beside the regular file {@code target}, to be renamed over it on commit. */
    public void file(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = createFolder(absolute.getParent());
        Path staging = Files.createFile(folder.resolve(hiddenName("part")));
        staged.add(new Staged(staging, absolute));
        if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            keepPermissions(absolute, staging);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staging), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Builds a folder beside {@code target}, to replace it on commit. */
    public <E extends Exception> void folder(Path target, FolderContent<E> content) throws IOException, E {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = createFolder(absolute.getParent());
        Path staging = Files.createDirectory(parent.resolve(hiddenName("part")));
        staged.add(new Staged(staging, absolute));
        content.writeInto(staging);
    }

    /** Renames everything staged into place; on failure, restores what the targets held before. */
    public void commit() throws IOException {
        List<Placed> placed = new ArrayList<>();
        try {
            for (Staged item : staged) {
                Path backup = moveAside(item.target());
                try {
                    move(item.staging(), item.target());
                } catch (IOException | RuntimeException e) {
                    if (backup != null) {
                        move(backup, item.target());
                    }
                    throw e;
                }
                placed.add(new Placed(item.target(), backup));
            }
        } catch (IOException | RuntimeException e) {
            rollBack(placed, e);
            throw e;
        }
        committed = true;
        for (Placed item : placed) {
            if (item.backup() != null) {
                deleteTree(item.backup());
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            for (Staged item : staged) {
                deleteTree(item.staging());
            }
        }
    }

    public static Path createFolder(Path folder) throws IOException {
        if (folder == null) {
            throw new IOException("an output needs a folder");
        }
        return Files.createDirectories(folder);
    }

    /** Short names keep the staging files within the file system's 255 bytes whatever the target's length. */
    private static String hiddenName(String suffix) {
        return ".kissdetect-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + "." + suffix;
    }

    /** Renames an existing target to a hidden name and returns that name, or {@code null} when there is none. */
    private static Path moveAside(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path backup = target.resolveSibling(hiddenName("old"));
        move(target, backup);
        return backup;
    }

    private static void rollBack(List<Placed> placed, Exception failure) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed item = placed.get(i);
            try {
                deleteTree(item.target());
                if (item.backup() != null) {
                    move(item.backup(), item.target());
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null) {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    /** Renames in one step where the file system can, else moves. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a file, or a folder with everything in it; nothing when it does not exist. Links are not followed. */
    public static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (var entries = Files.list(path)) {
                for (Path entry : entries.toList()) {
                    deleteTree(entry);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
