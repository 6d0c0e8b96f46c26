package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.kissdetect.common.files.OutputTransaction;


/** Output folders that appear complete or not at all: built beside their final place, then renamed. */
final class OutputFolders {

    private OutputFolders() {
    }

    static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Renames {@code staging} to {@code target} (an absent or empty folder) in one step. */
    static void moveIntoPlace(Path staging, Path target) throws IOException {
        Files.deleteIfExists(target);
        OutputTransaction.move(staging, target);
    }

    static void deleteRecursively(Path folder) throws IOException {
        OutputTransaction.deleteTree(folder);
    }
}
