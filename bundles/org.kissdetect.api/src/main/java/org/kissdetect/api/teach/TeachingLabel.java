package org.kissdetect.api.teach;

import java.nio.file.Path;

/**
 * A span of a movie the user labelled.
 *
 * @param movie   the movie file
 * @param start   the start in seconds of the movie's own time
 * @param end     the end in seconds, after {@code start}
 * @param kissing whether the span shows kissing
 */
public record TeachingLabel(Path movie, double start, double end, boolean kissing) {

    /** Checks that the movie is named and the span runs forwards. */
    public TeachingLabel {
        if (movie == null || !(start >= 0 && end > start && Double.isFinite(end))) {
            throw new IllegalArgumentException("a label needs a movie and a span running forwards, got " + movie
                    + " from " + start + " s to " + end + " s");
        }
    }

    /** @return the whole seconds inside the span: the {@code k} with {@code [k, k + 1)} inside it */
    public int wholeSeconds() {
        return Math.max(0, (int) Math.floor(end + 1e-6) - (int) Math.ceil(start - 1e-6));
    }
}
