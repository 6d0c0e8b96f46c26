package org.kissdetect.common.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.kissdetect.common.cache.CacheRoot;
import org.kissdetect.common.text.Sha256;

/**
 * Remembers the sha256 of large files (models of hundreds of megabytes) across runs, so that a file is hashed again
 * only when it may have changed: a record holds the file's path, device, inode, size, modification time and
 * status-change time (ctime) when it was hashed, and is used only while all six are the same. The ctime is the
 * guard against tampering with the file: the kernel sets it on every write, rename or {@code touch}, and no
 * program can set it back (only by moving the system clock). A copy of the model, an edit in place that restores the
 * old modification time, a file swapped under the same name: each has a new ctime or inode, and is hashed again.
 *
 * <p>The records live in the user's own cache. They are not signed: whoever can write them can write the user's
 * cache and configuration anyway, and a key kept beside them would protect nothing. A record that cannot be read,
 * does not parse or names another path is ignored and the file is hashed again; on a file system that reports no
 * inode or ctime nothing is recorded.
 */
public final class VerifiedHashes {

    /** What identifies one state of a file. */
    record Identity(String path, long device, long inode, long size, long modifiedNanos, long changedNanos) {

        String line() {
            return device + " " + inode + " " + size + " " + modifiedNanos + " " + changedNanos;
        }
    }

    /** Computes a hash, perhaps failing as its caller fails. */
    @FunctionalInterface
    public interface Hashing<E extends Exception> {
        /** @return the sha256 in lower-case hex */
        String sha256() throws E;
    }

    private final Path folder;

    /** @param folder where the records are kept; created when the first is written */
    public VerifiedHashes(Path folder) {
        this.folder = folder;
    }

    /** The records of this process's cache root ({@code verified-hashes} under it). */
    public static VerifiedHashes inCache() {
        return new VerifiedHashes(CacheRoot.folder("verified-hashes"));
    }

    /**
     * The sha256 of {@code file}: as recorded when the file is provably the one hashed before, else computed by
     * {@code hashing} (from the bytes the caller then uses) and recorded when the file did not change meanwhile.
     *
     * @return the sha256 in lower-case hex
     */
    public <E extends Exception> String sha256(Path file, Hashing<E> hashing) throws E {
        Optional<Identity> before = identity(file);
        if (before.isPresent()) {
            Optional<String> recorded = recorded(before.get());
            if (recorded.isPresent()) {
                return recorded.get();
            }
        }
        String computed = hashing.sha256();
        if (before.isPresent() && before.equals(identity(file))) {
            record(before.get(), computed);
        }
        return computed;
    }

    static Optional<Identity> identity(Path file) {
        try {
            Path real = file.toRealPath();
            Map<String, Object> unix = Files.readAttributes(real, "unix:dev,ino,size,lastModifiedTime,ctime");
            return Optional.of(new Identity(real.toString(), (Long) unix.get("dev"), (Long) unix.get("ino"),
                    (Long) unix.get("size"), nanos(unix.get("lastModifiedTime")), nanos(unix.get("ctime"))));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                | NullPointerException e) {
            return Optional.empty();
        }
    }

    private Optional<String> recorded(Identity identity) {
        try {
            Path record = recordOf(identity);
            if (!Files.isRegularFile(record) || Files.size(record) > 8192) {
                return Optional.empty();
            }
            String[] lines = Files.readString(record, StandardCharsets.UTF_8).split("\n");
            if (lines.length == 3 && lines[0].equals(identity.path()) && lines[1].equals(identity.line())
                    && lines[2].matches("[0-9a-f]{64}")) {
                return Optional.of(lines[2]);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void record(Identity identity, String sha256) {
        try {
            Files.createDirectories(folder);
            AtomicFiles.writeString(recordOf(identity), identity.path() + "\n" + identity.line() + "\n" + sha256);
        } catch (IOException | RuntimeException e) {
            // Only a cache: the file is hashed again next time.
        }
    }

    private Path recordOf(Identity identity) {
        return folder.resolve(Sha256.hex(identity.path()).substring(0, 32));
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
