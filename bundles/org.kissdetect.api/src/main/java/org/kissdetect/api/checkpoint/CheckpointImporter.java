package org.kissdetect.api.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Reads PyTorch checkpoints safely and imports them through the installed {@link CheckpointLayout}s. */
@ProviderType
public interface CheckpointImporter {

    /**
     * Reads a {@code .pth} file as {@code torch.save} writes it (the zip format of torch 1.6 and later, or the
     * legacy format) without running its pickle: only what a state dict needs is unpickled.
     *
     * @param file the checkpoint
     * @return its state dict
     * @throws CheckpointException naming the file, and the refused global where that is the reason
     */
    StateDict read(Path file) throws CheckpointException;

    /**
     * Imports checkpoints into a folder: each file's name-claimed hash checked (torch.hub's convention), read,
     * matched to a layout and written.
     *
     * @param files   the checkpoints
     * @param options what the user told beside them
     * @param folder  where to write (made when missing)
     * @return per checkpoint, its input hash and the files written
     * @throws CheckpointException at the first checkpoint that cannot be imported; files written for earlier
     *                             checkpoints stay, nothing of the failing one is left
     * @throws IOException         when the folder cannot be written
     */
    List<ImportResult> importCheckpoints(List<Path> files, ImportOptions options, Path folder)
            throws CheckpointException, IOException;

    /**
     * What one checkpoint became.
     *
     * @param checkpoint the input file
     * @param sha256     its sha256
     * @param layout     the layout that recognised it
     * @param written    the files written
     */
    record ImportResult(Path checkpoint, String sha256, String layout, List<ImportedFile> written) {
    }
}
