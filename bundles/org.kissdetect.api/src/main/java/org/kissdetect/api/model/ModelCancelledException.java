package org.kissdetect.api.model;

/** The preparation of a model stopped because its caller cancelled it; nothing half-made is left in place. */
public class ModelCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A cancelled preparation.
     *
     * @param message what was stopped
     * @param cause   the cancellation reported by the part that stopped, or {@code null}
     */
    public ModelCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
