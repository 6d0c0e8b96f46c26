package org.kissdetect.api.detect;

import java.nio.file.Path;

/**
 * A detection stopped because its caller cancelled it. Nothing was written.
 */
public class DetectionCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A cancelled detection.
     *
     * @param movie       the movie
     * @param secondsDone how many seconds had been classified
     */
    public DetectionCancelledException(Path movie, int secondsDone) {
        super("detection of " + movie + " cancelled after " + secondsDone + " s of film");
    }
}
