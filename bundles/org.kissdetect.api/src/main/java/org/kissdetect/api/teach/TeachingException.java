package org.kissdetect.api.teach;

/**
 * The labels cannot teach a useful detector, such as when there are too few of a class; the message says what
 * to label next.
 */
public class TeachingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what to do, as a sentence */
    public TeachingException(String message) {
        super(message);
    }
}
