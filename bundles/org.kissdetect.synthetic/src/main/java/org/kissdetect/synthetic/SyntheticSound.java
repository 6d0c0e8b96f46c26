package org.kissdetect.synthetic;

import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The sound of synthetic films. The kissing signature is a chord of the 2nd to 6th harmonics of
 * {@value #FUNDAMENTAL_HZ} Hz (660 to 1980 Hz), swelling and fading {@value #SWELL_HZ} times a second. Every other
 * shot is one of {@value #STYLES} styles (a tone, a chord, noise, near silence, a sweep, beeps) whose frequencies
 * stay out of the signature's band ({@value #BAND_LOW_HZ} to {@value #BAND_HIGH_HZ} Hz).
 */
final class SyntheticSound {

    /** How many styles a non-kissing shot may have. */
    static final int STYLES = 6;
    static final double FUNDAMENTAL_HZ = 330;
    static final int LOWEST_HARMONIC = 2;
    static final int HIGHEST_HARMONIC = 6;
    static final double SWELL_HZ = 5;
    static final double BAND_LOW_HZ = 540;
    static final double BAND_HIGH_HZ = 2300;

    private SyntheticSound() {
    }

    /**
     * The samples {@code [first, first + count)} at {@code rate} of a film.
     *
     * @param styles the sound style of each second
     * @param first  the index of the first sample
     * @param count  how many samples
     * @param rate   samples per second
     * @return the samples, in {@code [-1, 1]}
     */
    static float[] samples(IntFunction<ShotPlan.Style> styles, long first, int count, int rate) {
        float[] out = new float[count];
        int i = 0;
        while (i < count) {
            int second = (int) ((first + i) / rate);
            int end = (int) Math.min(count, (second + 1L) * rate - first);
            Voice voice = Voice.of(styles.apply(second));
            for (; i < end; i++) {
                long index = first + i;
                out[i] = (float) voice.at((double) index / rate - voice.startsAt, index);
            }
        }
        return out;
    }

    /** One second's sound style with its details drawn. */
    private record Voice(int style, int startsAt, long seed, double a, double b, double c, double level) {

        static Voice of(ShotPlan.Style style) {
            SplittableRandom r = new SplittableRandom(style.seed());
            return new Voice(style.style(), style.startsAt(), style.seed(), allowedHz(r), allowedHz(r),
                    0.5 + 2.5 * r.nextDouble(), 0.05 + 0.3 * r.nextDouble());
        }

        double at(double t, long index) {
            return switch (style) {
                case -1 -> 0.12 * (0.6 + 0.4 * Math.cos(2 * Math.PI * SWELL_HZ * t)) * harmonics(t)
                        + 0.01 * noise(index);
                case 0 -> level * sine(a * (1 + 0.01 * Math.sin(2 * Math.PI * c * t)), t);
                case 1 -> level * 0.5 * (sine(a, t) + sine(b, t));
                case 2 -> level * 0.8 * noise(index);
                case 3 -> 0.002 * noise(index);
                case 4 -> level * Math.sin(2 * Math.PI * sweepPhase(t));
                default -> Colours.wrap(t * c, 1) < 0.3 ? level * sine(a, t) : 0.005 * noise(index);
            };
        }

        /** A sweep from {@code a} Hz over 4 s, again and again, to an end in the same band as {@code a}. */
        private double sweepPhase(double t) {
            boolean lowBand = a < BAND_LOW_HZ;
            double end = Math.max(lowBand ? 110 : BAND_HIGH_HZ, Math.min(lowBand ? BAND_LOW_HZ : 5000, a * c / 1.75));
            double within = Colours.wrap(t, 4);
            return a * within + (end - a) * within * within / 8;
        }

        private double noise(long index) {
            return (Colours.hash(index, seed, 7) >>> 11) * 0x1.0p-52 - 1;
        }
    }

    private static double harmonics(double t) {
        double sum = 0;
        for (int k = LOWEST_HARMONIC; k <= HIGHEST_HARMONIC; k++) {
            sum += sine(k * FUNDAMENTAL_HZ, t);
        }
        return sum;
    }

    private static double sine(double hz, double t) {
        return Math.sin(2 * Math.PI * hz * t);
    }

    /** A frequency out of the signature's band: 110 to 540 Hz or 2300 to 5000 Hz, evenly on a log scale. */
    private static double allowedHz(SplittableRandom r) {
        return r.nextBoolean() ? 110 * Math.pow(BAND_LOW_HZ / 110, r.nextDouble())
                : BAND_HIGH_HZ * Math.pow(5000 / BAND_HIGH_HZ, r.nextDouble());
    }
}
