package org.kissdetect.testmedia;

/**
 * The sound of a test movie and the means to measure it. Second {@code k} is silent until
 * {@code k + }{@value #ONSET_SECONDS} s, then plays a sine of {@link #hz(int) its own frequency} from phase 0 until
 * {@code k + 1}. The onset lies inside the window a decoder keeps ({@code [k + 0.04, k + 1)}), so measuring it
 * measures where the decoder placed the sound.
 */
public final class Tones {

    /** When, after the start of each second, its tone starts. */
    public static final double ONSET_SECONDS = 0.1;
    /** The amplitude of every tone. */
    public static final float AMPLITUDE = 0.5f;

    private static final int LOWEST_HZ = 300;
    private static final int STEP_HZ = 50;
    private static final int DISTINCT = 120;

    private Tones() {
    }

    /**
     * The frequency of second {@code k}'s tone: 300 Hz plus 50 Hz a second, repeating after 120 seconds, so all
     * lie under 6.3 kHz, well inside what 16 kHz sampling keeps.
     *
     * @param second the index of the second
     * @return the frequency in Hz
     */
    public static double hz(int second) {
        return LOWEST_HZ + STEP_HZ * (second % DISTINCT);
    }

    /**
     * The sound at a time.
     *
     * @param seconds the time in the movie
     * @return the sample value in {@code [-AMPLITUDE, AMPLITUDE]}
     */
    public static float at(double seconds) {
        int second = (int) Math.floor(seconds);
        double sinceOnset = seconds - second - ONSET_SECONDS;
        if (sinceOnset < 0) {
            return 0f;
        }
        return (float) (AMPLITUDE * Math.sin(2 * Math.PI * hz(second) * sinceOnset));
    }

    /**
     * The samples of {@code [first / rate, (first + count) / rate)}.
     *
     * @param first index of the first sample at {@code rate}
     * @param count how many samples
     * @param rate  samples per second
     * @return the samples
     */
    public static float[] samples(long first, int count, int rate) {
        float[] samples = new float[count];
        for (int i = 0; i < count; i++) {
            samples[i] = at((double) (first + i) / rate);
        }
        return samples;
    }

    /**
     * Estimates the frequency of the loudest sine in {@code samples}, to about 0.5 Hz.
     *
     * @param samples a window of sound
     * @param rate    its samples per second
     * @return the frequency in Hz, or {@code NaN} when the window is silent
     */
    public static double dominantHz(float[] samples, int rate) {
        if (peak(samples) < 1e-3) {
            return Double.NaN;
        }
        // A short tail has a wide, smooth peak that a 4 Hz grid cannot miss; the whole window then refines it.
        float[] tail = java.util.Arrays.copyOfRange(samples, Math.max(0, samples.length - 1024), samples.length);
        double coarse = bestOf(tail, rate, 50, rate / 2.0 - 50, 4);
        return bestOf(samples, rate, coarse - 10, coarse + 10, 0.5);
    }

    /**
     * Finds where sound starts: the first sample at least half as loud as the loudest.
     *
     * @param samples a window of sound
     * @return the index of that sample, or -1 when the window is silent
     */
    public static int onset(float[] samples) {
        float peak = peak(samples);
        if (peak < 1e-3) {
            return -1;
        }
        for (int i = 0; i < samples.length; i++) {
            if (Math.abs(samples[i]) >= peak / 2) {
                return i;
            }
        }
        return -1;
    }

    private static float peak(float[] samples) {
        float peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }

    private static double bestOf(float[] samples, int rate, double from, double to, double step) {
        double best = from;
        double bestPower = -1;
        for (double f = Math.max(1, from); f <= to; f += step) {
            double power = goertzel(samples, rate, f);
            if (power > bestPower) {
                bestPower = power;
                best = f;
            }
        }
        return best;
    }

    private static double goertzel(float[] samples, int rate, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        for (float sample : samples) {
            double s0 = sample + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }
}
