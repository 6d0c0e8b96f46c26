package org.kissdetect.api.checkpoint;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One public checkpoint layout and what the product makes of it, contributed as a service by the bundle that owns
 * the network (whiteboard): an importer offers each state dict to every layout and uses the one that recognises it.
 */
@ConsumerType
public interface CheckpointLayout {

    /** @return the layout's name for messages, such as {@code "torchvision ResNet-18"} */
    String name();

    /**
     * Whether a state dict is of this layout: every tensor it needs is there with its shape. Reads only names and
     * shapes.
     *
     * @param stateDict a state dict
     * @return whether {@link #write} can make something of it
     */
    boolean recognises(StateDict stateDict);

    /**
     * Writes what the product loads from a recognised state dict into a folder, atomically per file: nothing
     * half-written is left when this fails.
     *
     * @param stateDict a state dict this layout recognises
     * @param options   what the user told beside the checkpoint
     * @param folder    an existing folder to write into
     * @return the files written, with their hashes
     * @throws CheckpointException naming the checkpoint when its content or the options do not fit the layout
     * @throws java.io.IOException when the folder cannot be written
     */
    List<ImportedFile> write(StateDict stateDict, ImportOptions options, Path folder)
            throws CheckpointException, java.io.IOException;
}
