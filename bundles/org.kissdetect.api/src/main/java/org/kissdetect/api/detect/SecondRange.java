package org.kissdetect.api.detect;

/**
 * The seconds {@code [first, end)} of a movie, counted from its start as a whole detection counts them.
 *
 * @param first the first second, 0 or more
 * @param end   the second after the last; {@link #TO_THE_END} for every second the movie has from {@code first}
 * @since 1.3
 */
public record SecondRange(int first, int end) {

    /** The end of a range that runs to the movie's last complete second. */
    public static final int TO_THE_END = Integer.MAX_VALUE;

    /** Checks the bounds. */
    public SecondRange {
        if (first < 0 || end < first) {
            throw new IllegalArgumentException("a range of seconds runs from 0 or later to no earlier than its start,"
                    + " got [" + first + ", " + end + ")");
        }
    }

    /** Every second from {@code first} to the movie's end. */
    public static SecondRange from(int first) {
        return new SecondRange(first, TO_THE_END);
    }

    /** Whether the range runs to the movie's end. */
    public boolean toTheEnd() {
        return end == TO_THE_END;
    }

    /** How many seconds the range asks for ({@link #TO_THE_END} counts as that many). */
    public long length() {
        return (long) end - first;
    }
}
