package org.kissdetect.common.time;

import java.util.List;

/**
 * Where a scene of whole seconds lies on a movie's frame grid, frame-true. Its start is the first frame at or after
 * its first second, its end (exclusive, as editors' out points are) the first frame at or after the second after its
 * last; each edge moves to the shot cut nearest that second's boundary when one lies less than a second from it, so
 * a marker starts and ends on the cut an editor would cut on. An edge never passes the movie's end, and a scene keeps
 * at least one frame (an edge whose cut would leave none stays on its boundary).
 *
 * @param start       the scene's first frame
 * @param end         the frame after its last, at most the movie's frame count
 * @param startMillis the start in milliseconds: the first second's boundary, or the cut's picture time
 * @param endMillis   the end in milliseconds: the boundary after the last second, the cut's picture time, or the
 *                    movie's end (truncated to the millisecond, so that it still falls on {@code end})
 */
public record SceneFrames(long start, long end, long startMillis, long endMillis) {

    /**
     * @param firstSecond the scene's first second
     * @param lastSecond  its last second, inclusive
     * @param rate        the movie's frame rate
     * @param movieFrames the movie's frame count
     * @param cuts        the movie's shot cut times in seconds, in order; empty not to snap
     * @return the scene's frames
     */
    public static SceneFrames of(int firstSecond, int lastSecond, FrameRate rate, long movieFrames,
            List<Double> cuts) {
        long frames = Math.max(1, movieFrames);
        Double startCut = nearestCut(firstSecond, cuts);
        Double endCut = nearestCut(lastSecond + 1.0, cuts);
        long start = Math.min(startCut == null ? rate.firstFrameAtOrAfter(firstSecond) : frameOf(startCut, rate),
                frames - 1);
        long boundaryEnd = rate.firstFrameAtOrAfter(lastSecond + 1L);
        long end = Math.min(endCut == null ? boundaryEnd : frameOf(endCut, rate), frames);
        if (end <= start) {
            startCut = null;
            endCut = null;
            start = Math.min(rate.firstFrameAtOrAfter(firstSecond), frames - 1);
            end = Math.max(start + 1, Math.min(boundaryEnd, frames));
        }
        long startMillis = startCut == null ? firstSecond * 1000L : millisOf(start, rate);
        long endMillis = endCut == null && boundaryEnd <= frames ? (lastSecond + 1L) * 1000 : millisOf(end, rate);
        return new SceneFrames(start, end, startMillis, endMillis);
    }

    /** @return the cut nearest {@code boundary} less than a second from it, or null */
    private static Double nearestCut(double boundary, List<Double> cuts) {
        Double nearest = null;
        for (Double cut : cuts) {
            double distance = Math.abs(cut - boundary);
            if (distance < 1 && (nearest == null || distance < Math.abs(nearest - boundary))) {
                nearest = cut;
            }
        }
        return nearest;
    }

    private static long frameOf(double seconds, FrameRate rate) {
        return Math.max(0, Math.round(seconds * rate.numerator() / rate.denominator()));
    }

    private static long millisOf(long frame, FrameRate rate) {
        return Math.floorDiv(frame * rate.denominator() * 1000, rate.numerator());
    }

    /**
     * Seconds as the marker files write them: a whole number ({@code 25}) on a second's boundary, else to the
     * millisecond ({@code 25.52}).
     *
     * @param millis a time in milliseconds
     * @return a {@code Long} or a {@code Double}
     */
    public static Number seconds(long millis) {
        return millis % 1000 == 0 ? (Number) (millis / 1000) : (Number) (millis / 1000.0);
    }

    /** @return the duration in frames */
    public long frames() {
        return end - start;
    }
}
