package org.kissdetect.api.checkpoint;

import java.nio.file.Path;

/**
 * A checkpoint that cannot be read or imported: broken, not a state dict, refused because its pickle asks for
 * something a state dict never needs, or of a layout no installed network knows.
 */
public class CheckpointException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file   the checkpoint at fault
     * @param reason what is wrong, as a phrase
     */
    public CheckpointException(Path file, String reason) {
        this(file, reason, null);
    }

    /**
     * @param file   the checkpoint at fault
     * @param reason what is wrong, as a phrase
     * @param cause  the underlying failure, or {@code null}
     */
    public CheckpointException(Path file, String reason, Throwable cause) {
        super("checkpoint " + file + ": " + reason, cause);
        this.file = file;
    }

    /** @return the checkpoint at fault */
    public Path file() {
        return file;
    }
}
