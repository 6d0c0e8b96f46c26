package org.kissdetect.api.classify;

import java.nio.file.Path;

/**
 * A model could not be loaded. The message names the file and, where it applies, the tensor:
 * {@code "model /m/detector.params: tensor fc.weight has shape [2, 512], expected [2, 640]"}.
 */
public class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * A problem with one file of a model.
     *
     * @param file   the file at fault (the model directory when a file is missing)
     * @param reason what is wrong, as a phrase
     */
    public ModelException(Path file, String reason) {
        this(file, reason, null);
    }

    /**
     * A problem with one file of a model, with its cause.
     *
     * @param file   the file at fault
     * @param reason what is wrong, as a phrase
     * @param cause  the underlying failure, or {@code null}
     */
    public ModelException(Path file, String reason, Throwable cause) {
        super("model " + file + ": " + reason, cause);
        this.file = file;
    }

    /**
     * The file at fault.
     *
     * @return the file, or the model directory when the problem is a missing file
     */
    public Path file() {
        return file;
    }
}
