package org.kissdetect.common.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files and folders one run writes, appearing together or not at all. Each is written in full beside its
 * target under a short hidden name first ({@link #file}, {@link #folder}, or by the caller into
 * {@link #stagedFile}, {@link #stagedFolder}); {@link #commit()} then renames them all
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

    /**
     * Writes {@code content} beside the regular file {@code target}, to be renamed over it on commit. The content is
     * on the disk (fsync) before anything is renamed, so a crash leaves the old file or the new one, never a part.
     */
    public void file(Path target, Content content) throws IOException {
        Path staging = stagedFile(target);
        try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush(); // writers that close what they are given (Jackson) must not close the channel to sync
                }
            };
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /**
     * An empty hidden file beside the regular file {@code target} for the caller to fill by its name (an encoder
     * that opens the file itself), renamed over {@code target} on commit.
     */
    public Path stagedFile(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = createFolder(absolute.getParent());
        Path staging = Files.createFile(folder.resolve(hiddenName("part")));
        staged.add(new Staged(staging, absolute));
        if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            keepPermissions(absolute, staging);
        }
        return staging;
    }

    /** Builds a folder beside {@code target}, to replace it on commit. */
    public <E extends Exception> void folder(Path target, FolderContent<E> content) throws IOException, E {
        content.writeInto(stagedFolder(target));
    }

    /** An empty hidden folder beside {@code target} for the caller to fill, put in its place on commit. */
    public Path stagedFolder(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = createFolder(absolute.getParent());
        Path staging = Files.createDirectory(parent.resolve(hiddenName("part")));
        staged.add(new Staged(staging, absolute));
        return staging;
    }

    /** Renames everything staged into place; on failure, restores what the targets held before. */
    public void commit() throws IOException {
        if (staged.size() == 1 && Files.isRegularFile(staged.get(0).staging(), LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(staged.get(0).target(), LinkOption.NOFOLLOW_LINKS)) {
            // one file: a rename over the target replaces it in one step, and readers never find it missing
            move(staged.get(0).staging(), staged.get(0).target());
            committed = true;
            return;
        }
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

    /**
     * Renames {@code from} to {@code to} in one step where the file system can (replacing a file there, as
     * rename(2) does), else moves it, replacing a file there.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
