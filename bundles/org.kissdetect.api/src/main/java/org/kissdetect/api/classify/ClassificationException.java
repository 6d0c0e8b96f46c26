package org.kissdetect.api.classify;

/**
 * The engine failed while running a loaded model (out of memory, a device lost).
 */
public class ClassificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A failure of the engine.
     *
     * @param message what failed
     * @param cause   the engine's exception, or {@code null}
     */
    public ClassificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
