package org.kissdetect.api.explain;

import java.nio.file.Path;

/**
 * Which second of which movie to explain, with which model.
 *
 * @param movie          the movie
 * @param atSeconds      a time in the movie, in seconds from its first picture; the second it falls in is explained
 * @param modelDirectory the model directory, as for a detection
 */
public record ExplanationRequest(Path movie, double atSeconds, Path modelDirectory) {

    /** Checks that every part is present and the time is a finite, non-negative number. */
    public ExplanationRequest {
        if (movie == null || modelDirectory == null) {
            throw new IllegalArgumentException("an explanation needs a movie and a model directory");
        }
        if (!(atSeconds >= 0) || !Double.isFinite(atSeconds)) {
            throw new IllegalArgumentException("the time to explain must be a finite number of seconds from 0, got "
                    + atSeconds);
        }
    }
}
