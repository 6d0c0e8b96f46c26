package org.kissdetect.api.train;

/** Training or evaluation stopped because its caller cancelled it; the last checkpoint written stays intact. */
public class TrainingCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A cancelled run.
     *
     * @param message what was stopped and what is left, such as the last good checkpoint
     */
    public TrainingCancelledException(String message) {
        super(message);
    }
}
