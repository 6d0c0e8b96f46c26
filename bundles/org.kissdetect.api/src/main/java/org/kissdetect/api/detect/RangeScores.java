package org.kissdetect.api.detect;

import java.util.List;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;

/**
 * The kissing probabilities of a range of a movie's seconds, each the very number a whole detection of the movie
 * gives that second, so that ranges scored apart (on different machines) join into the detection's scores.
 *
 * @param movie         what the decoder learned when it opened the movie (its declared duration: only the range
 *                      that reaches the end knows how many seconds were really decoded)
 * @param model         the detector that scored it
 * @param modelContent  a key of the model directory's content: equal keys, equal scores
 * @param range         the range asked for
 * @param probabilities one per second from {@code range.first()}; fewer than asked when the movie ends first,
 *                      none when it ends before the range starts (shared, treat as read-only)
 * @param warnings      what the decoder reported on the way, one sentence each
 * @since 1.3
 */
public record RangeScores(MovieInfo movie, ModelDescriptor model, String modelContent, SecondRange range,
        float[] probabilities, List<String> warnings) {

    /** Copies the warnings. */
    public RangeScores {
        if (movie == null || model == null || modelContent == null || range == null || probabilities == null) {
            throw new IllegalArgumentException("range scores need a movie, a model, its content key, a range and"
                    + " probabilities");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Whether the movie ended inside the range (or before it). */
    public boolean reachedTheEnd() {
        return range.toTheEnd() || probabilities.length < range.length();
    }
}
