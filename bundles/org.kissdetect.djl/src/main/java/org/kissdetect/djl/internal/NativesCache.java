package org.kissdetect.djl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.kissdetect.common.files.FileErrors;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;


/**
 * A folder of native libraries unpacked from resources, checked before anything loads them.
 *
 * <p>Each folder {@code ROOT/NAME} has a manifest beside it, {@code ROOT/NAME.manifest}, with the size, modification
 * time and sha256 of every file as they were when unpacked. A start compares sizes and times (microseconds); a file
 * whose time changed is hashed and compared. A folder with a missing, extra, truncated or altered file is unpacked
 * again with a warning, one without a manifest (unpacked by DJL before this check existed, or cut off) silently:
 * a damaged {@code .so} would otherwise be mapped and kill the JVM with SIGBUS.
 *
 * <p>Unpacking goes into {@code ROOT/NAME.PID.partial} and is renamed into place, so a folder is complete or absent;
 * the damaged one is renamed aside first and deleted after, so a process that has it mapped keeps running. All of it
 * happens under a file lock on {@code ROOT/.lock}: whatever partial folder is found while holding it belongs to a run
 * that died, and is deleted (as are DJL's own {@code tmp*} extraction folders).
 */
public final class NativesCache {

    /** Opens one file's bytes. */
    @FunctionalInterface
    public interface Resource {
        InputStream open() throws IOException;
    }

    private static final String PARTIAL = ".partial";
    private static final String REPLACED = ".replaced";

    private final Path root;
    private final Consumer<String> warnings;

    /**
     * @param root     the folder that holds the unpacked folders, such as {@code ~/.cache/kissdetect/djl/pytorch}
     * @param warnings where repairs are reported, one line each
     */
    public NativesCache(Path root, Consumer<String> warnings) {
        this.root = root;
        this.warnings = warnings;
    }

    /**
     * Makes {@code ROOT/NAME} hold exactly {@code files}, unpacking them when the folder is missing or damaged.
     *
     * @param name  the folder's name
     * @param files file name to its content, in the order they are written
     * @return the verified folder
     * @throws IOException naming the folder when it cannot be read or written
     */
    public Path ensure(String name, Map<String, Resource> files) throws IOException {
        Path folder = root.resolve(name);
        createRoot();
        try (FileChannel lockFile = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            deleteLeftovers();
            NativesManifest manifest = NativesManifest.read(manifestOf(folder));
            String damage = manifest == null ? null : manifest.damage(folder, files.keySet(), manifestOf(folder));
            if (manifest != null && damage == null) {
                return folder;
            }
            if (damage != null) {
                warnings.accept("libtorch's natives in " + folder + " are damaged (" + damage
                        + "): unpacking them again");
            }
            unpack(folder, files);
            return folder;
        }
    }

    private void createRoot() throws IOException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IOException("cannot create the natives cache " + root + ": " + FileErrors.reason(e), e);
        }
        if (!Files.isWritable(root)) {
            throw new IOException("cannot write the natives cache " + root + ": permission denied");
        }
    }

    private void unpack(Path folder, Map<String, Resource> files) throws IOException {
        long pid = ProcessHandle.current().pid();
        Path partial = root.resolve(folder.getFileName() + "." + pid + PARTIAL);
        Path replaced = root.resolve(folder.getFileName() + "." + pid + REPLACED);
        try {
            Files.createDirectory(partial);
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, Resource> file : files.entrySet()) {
                hashes.put(file.getKey(), copy(file.getValue(), partial.resolve(file.getKey())));
            }
            Files.deleteIfExists(manifestOf(folder));
            if (Files.exists(folder)) {
                OutputTransaction.move(folder, replaced);
            }
            OutputTransaction.move(partial, folder);
            NativesManifest.of(folder, hashes).write(manifestOf(folder));
        } catch (IOException e) {
            throw new IOException("cannot unpack libtorch's natives into " + folder + ": " + FileErrors.reason(e), e);
        } finally {
            Folders.deleteQuietly(partial);
            Folders.deleteQuietly(replaced);
        }
    }

    private static String copy(Resource resource, Path target) throws IOException {
        MessageDigest sha256 = Sha256.newDigest();
        try (InputStream in = resource.open();
                OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            in.transferTo(out);
        }
        return Sha256.hex(sha256);
    }

    /** Partial and replaced folders of dead runs, and DJL's own temporary folders: only a run that died leaves them. */
    private void deleteLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean ours = name.endsWith(PARTIAL) || name.endsWith(REPLACED);
                boolean djls = name.startsWith("tmp") && Files.isDirectory(entry);
                if (ours || djls) {
                    Folders.deleteQuietly(entry);
                }
            }
        }
    }

    private static Path manifestOf(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".manifest");
    }
}
