package org.kissdetect.nle.sdk.project;

/**
 * A span of time in seconds, {@code [start, end)}; a point when {@code start == end}.
 *
 * @param start where it begins, at least 0
 * @param end   where it ends, at least {@code start}
 */
public record TimeRange(double start, double end) {

    /** Checks that both ends are finite, not negative and in order. */
    public TimeRange {
        if (!(start >= 0) || !(end >= start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("a time range needs 0 <= start <= end, got " + start + ".." + end);
        }
    }

    /**
     * How long it lasts.
     *
     * @return {@code end - start} in seconds
     */
    public double duration() {
        return end - start;
    }
}
