package org.kissdetect.common.time;

/**
 * A video frame rate as an exact fraction, so that frame numbers and timecodes never drift. Rates within 0.01 of
 * a broadcast rate are snapped to it (29.97 is 30000/1001); others are kept to a thousandth of a frame.
 */
public record FrameRate(long numerator, long denominator) {

    private static final long[][] STANDARD = {
        {24000, 1001}, {24, 1}, {25, 1}, {30000, 1001}, {30, 1}, {48, 1}, {50, 1}, {60000, 1001}, {60, 1}};

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("a frame rate must be positive, got " + numerator + "/" + denominator);
        }
    }

    public static FrameRate of(double framesPerSecond) {
        if (!(framesPerSecond > 0) || Double.isInfinite(framesPerSecond)) {
            throw new IllegalArgumentException("a frame rate must be positive, got " + framesPerSecond);
        }
        for (long[] rate : STANDARD) {
            if (Math.abs(framesPerSecond - (double) rate[0] / rate[1]) < 0.01) {
                return new FrameRate(rate[0], rate[1]);
            }
        }
        long thousandths = Math.round(framesPerSecond * 1000);
        long gcd = gcd(thousandths, 1000);
        return new FrameRate(thousandths / gcd, 1000 / gcd);
    }

    public double framesPerSecond() {
        return (double) numerator / denominator;
    }

    /** Timecode counts whole frames per second: 30 for 29.97. */
    public int nominal() {
        return (int) Math.round(framesPerSecond());
    }

    /** Drop-frame timecode exists for 29.97 and 59.94 only. */
    public boolean supportsDropFrame() {
        return denominator == 1001 && (nominal() == 30 || nominal() == 60);
    }

    /** The first frame whose presentation time is at or after {@code second}. */
    public long firstFrameAtOrAfter(long second) {
        return Math.floorDiv(second * numerator + denominator - 1, denominator);
    }

    /** How many whole frames fit in {@code seconds}. */
    public long framesIn(double seconds) {
        return (long) Math.floor(seconds * numerator / denominator + 1e-9);
    }

    /** The duration of {@code frames} as FCPXML writes time: a fraction of seconds such as {@code 1001/30000s}. */
    public String rationalSeconds(long frames) {
        long top = frames * denominator;
        if (top == 0) {
            return "0s";
        }
        long gcd = gcd(top, numerator);
        long reducedTop = top / gcd;
        long reducedBottom = numerator / gcd;
        return reducedBottom == 1 ? reducedTop + "s" : reducedTop + "/" + reducedBottom + "s";
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }
}
