package org.kissdetect.api.train;

import java.nio.file.Path;

/**
 * A span of a movie someone labelled, as training reads it: every whole second {@code k} with {@code [k, k + 1)}
 * inside {@code [start, end)} is one example.
 *
 * @param group   the unit the split assigns to a part: the movie's name when splitting by movie, a scene's name
 *                when splitting by labelled scene; spans of one group are in the same part
 * @param movie   the movie file
 * @param start   the start in seconds of the movie's own time
 * @param end     the end in seconds, after {@code start}
 * @param kissing the label
 * @since 2.2
 */
public record LabelledSpan(String group, Path movie, double start, double end, boolean kissing) {

    /** Checks that every part is present and the span has a length. */
    public LabelledSpan {
        if (group == null || group.isBlank() || movie == null) {
            throw new IllegalArgumentException("a labelled span needs a group and a movie");
        }
        if (!(start >= 0 && end > start && Double.isFinite(end))) {
            throw new IllegalArgumentException("a labelled span runs forwards from 0 s or later, got " + start
                    + " s to " + end + " s of " + movie);
        }
    }
}
