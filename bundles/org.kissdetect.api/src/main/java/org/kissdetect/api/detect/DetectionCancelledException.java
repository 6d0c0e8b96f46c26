package org.kissdetect.api.detect;

import java.nio.file.Path;

/**
 * A detection stopped because its caller cancelled it. No scores or markers were written; the seconds already
 * classified may have been kept in the score cache, so that the next detection of the same movie with the same
 * model resumes from them.
 */
public class DetectionCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A cancelled detection whose work was not kept.
     *
     * @param movie       the movie
     * @param secondsDone how many seconds had been classified
     */
    public DetectionCancelledException(Path movie, int secondsDone) {
        this(movie, secondsDone, false);
    }

    /**
     * A cancelled detection.
     *
     * @param movie       the movie
     * @param secondsDone how many seconds had been classified
     * @param kept        whether those seconds were kept for the next detection to resume from
     * @since 1.1
     */
    public DetectionCancelledException(Path movie, int secondsDone, boolean kept) {
        super("detection of " + movie + " cancelled after " + secondsDone + " s of film"
                + (kept ? "; the next detection of it resumes from there" : ""));
    }
}
