package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.common.files.OutputTransaction;

/**
 * A run's checkpoints: {@code last.ckpt} after every epoch, and {@code best.ckpt}, the epoch with the best
 * validation F1 (a hard link to that epoch's {@code last.ckpt} where the file system allows). Each is replaced
 * whole, never half written: {@code last.ckpt} is written before {@code best.ckpt} is pointed at it, and a resumed
 * run whose last epoch was the best points {@code best.ckpt} at it again.
 */
final class CheckpointFolder {

    static final String LAST = "last.ckpt";
    static final String BEST = "best.ckpt";

    private final Path folder;

    CheckpointFolder(Path folder) {
        this.folder = folder;
    }

    Path last() {
        return folder.resolve(LAST);
    }

    Path best() {
        return folder.resolve(BEST);
    }

    /** Removes the checkpoints of an earlier run and what an interrupted write left. */
    void startAfresh() throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(last());
        Files.deleteIfExists(best());
        removeLeftovers();
    }

    void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    void save(TrainableNetwork network, TrainingState state) throws IOException {
        network.saveCheckpoint(last(), state.toJson());
        if (state.bestEpoch() == state.epochsDone()) {
            pointBestAtLast();
        }
    }

    void pointBestAtLast() throws IOException {
        Path temporary = folder.resolve("." + BEST + ".link.tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createLink(temporary, last());
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(last(), temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        OutputTransaction.move(temporary, best());
    }
}
