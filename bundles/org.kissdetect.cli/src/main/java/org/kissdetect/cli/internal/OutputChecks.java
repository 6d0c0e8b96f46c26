package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.kissdetect.common.files.FileErrors;

/**
 * Checks made on an output before any work: that it is none of the inputs, that its name fits the file system, and
 * that its folder takes new files. A run that would fail to write fails here, before it decodes a second.
 */
final class OutputChecks {

    /** The longest file name, in bytes, that Linux file systems (ext4, XFS, Btrfs, tmpfs) accept. */
    static final int NAME_MAX = 255;

    private OutputChecks() {
    }

    /**
     * Refuses an output that is one of the inputs (through links or hard links too), or that lies inside an input
     * folder (a model directory).
     */
    static void notAnInput(Path output, Collection<Path> inputs) {
        for (Path input : inputs) {
            try {
                if (Files.isDirectory(input) && isInside(output, input.toRealPath())
                        || Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
                    throw CommandFailure.badInput("the output " + output + " is, or is inside, the input " + input
                            + "; writing it would destroy the input: choose another output");
                }
            } catch (IOException e) {
                throw CommandFailure.cannotWrite("cannot compare " + output + " with " + input + ": " + FileErrors.reason(e));
            }
        }
    }

    private static boolean isInside(Path output, Path folder) throws IOException {
        Path existing = output.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.toRealPath().startsWith(folder);
    }

    /** Refuses a name longer than the file system allows, before anything is written under it. */
    static void nameFits(Path file) {
        Path name = file.getFileName();
        if (name != null && name.toString().getBytes(StandardCharsets.UTF_8).length > NAME_MAX) {
            throw CommandFailure.cannotWrite("cannot write " + file + ": its name is "
                    + name.toString().getBytes(StandardCharsets.UTF_8).length + " bytes long; file systems allow "
                    + NAME_MAX);
        }
    }

    /**
     * Checks that files can be made in {@code folder}, or in the nearest folder above it that exists (where the
     * missing ones would be made), by making and deleting a hidden file there.
     */
    static void folderTakesFiles(Path folder) {
        Path existing = folder.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw CommandFailure.cannotWrite("cannot write into " + folder + ": " + existing + " is not a folder");
        }
        Path probe = existing.resolve(".kissdetect-probe-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        try {
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write into " + folder + ": " + existing + ": " + FileErrors.detail(e));
        }
    }
}
