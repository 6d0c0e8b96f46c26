package org.kissdetect.synthetic;

/**
 * Whole seconds {@code first..last} of a film, both included: second {@code k} is the time {@code [k, k + 1)}.
 *
 * @param first the first second, from 0
 * @param last  the last second, at least {@code first}
 */
public record SecondSpan(int first, int last) {

    /** Checks the bounds. */
    public SecondSpan {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a span needs 0 <= first <= last, got " + first + ".." + last);
        }
    }

    /** @return {@code last - first + 1} */
    public int seconds() {
        return last - first + 1;
    }

    /** @return whether second {@code k} lies in the span */
    public boolean contains(int second) {
        return second >= first && second <= last;
    }

    /** @return whether the two spans share a second */
    public boolean overlaps(SecondSpan other) {
        return first <= other.last && other.first <= last;
    }
}
