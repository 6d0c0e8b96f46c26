package org.kissdetect.spark.internal;

import java.io.Serializable;

import org.kissdetect.api.detect.SecondRange;

/**
 * One task's share of a film: the seconds {@code [first, end)} ({@code end} {@link SecondRange#TO_THE_END} for the
 * last range).
 */
public record RangeTask(MovieFile movie, int first, int end) implements Serializable {

    SecondRange range() {
        return new SecondRange(first, end);
    }
}
