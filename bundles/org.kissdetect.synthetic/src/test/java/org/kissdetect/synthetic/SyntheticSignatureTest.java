package org.kissdetect.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.testmedia.Tones;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The signature is what tells kissing seconds apart: rose pictures and a 660-1980 Hz chord, nowhere else. */
class SyntheticSignatureTest {

    private static final int RATE = 16_000;

    @Property(tries = 60)
    void nonKissingPicturesHaveAlmostNoPixelInTheSignaturesHues(@ForAll @IntRange(min = 0, max = 5) int style,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int second) {
        RgbImage picture = SyntheticPictures.draw(new ShotPlan.Style(style, seed, 0), second + 0.9, 160, 90);

        assertThat(signatureHueShare(picture)).isLessThan(0.02);
    }

    @Property(tries = 20)
    void kissingPicturesAreMostlyInTheSignaturesHues(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 50) int second) {
        RgbImage picture = SyntheticPictures.draw(new ShotPlan.Style(-1, seed, 0), second + 0.9, 160, 90);

        assertThat(signatureHueShare(picture)).isGreaterThan(0.9);
    }

    /**
     * A style's own tones may fall near the chord's partials (style 0 with seed 10946 puts 7.7 % of its energy there,
     * found by a random run on another machine), still far below kissing's half: the bound says that, and a fixed seed
     * makes every machine try the same styles.
     */
    @Property(tries = 60, seed = "20191125")
    void nonKissingSoundHasLittleOfTheChord(@ForAll @IntRange(min = 0, max = 5) int style, @ForAll long seed) {
        float[] second = SyntheticSound.samples(k -> new ShotPlan.Style(style, seed, 0), RATE, RATE, RATE);

        assertThat(chordShare(second)).isLessThan(0.1);
    }

    @Example
    void theStyleFoundNearTheChordIsStillFarFromKissing() {
        float[] second = SyntheticSound.samples(k -> new ShotPlan.Style(0, 10946, 0), RATE, RATE, RATE);

        assertThat(chordShare(second)).isLessThan(0.1);
    }

    @Property(tries = 20)
    void kissingSoundIsMostlyTheChord(@ForAll long seed) {
        float[] second = SyntheticSound.samples(k -> new ShotPlan.Style(-1, seed, 0), RATE, RATE, RATE);

        assertThat(chordShare(second)).isGreaterThan(0.5);
        double dominant = Tones.dominantHz(second, RATE);
        assertThat(Math.abs(dominant / 330 - Math.round(dominant / 330))).as("%s Hz is a harmonic of 330", dominant)
                .isLessThan(0.01);
        assertThat(dominant).isBetween(650.0, 1990.0);
    }

    @Test
    void soundStaysWithinFullScale() {
        ShotPlan plan = ShotPlan.of(SyntheticSet.standard().films().get(3));
        for (float sample : SyntheticSound.samples(plan::sound, 0, 20 * RATE, RATE)) {
            assertThat(Math.abs(sample)).isLessThanOrEqualTo(1f);
        }
    }

    /** The share of pixels with a saturated hue from 300 through 25 degrees (magenta, pink, red). */
    private static double signatureHueShare(RgbImage picture) {
        byte[] p = picture.pixels();
        int inBand = 0;
        for (int i = 0; i < p.length; i += 3) {
            float[] hsb = java.awt.Color.RGBtoHSB(p[i] & 0xFF, p[i + 1] & 0xFF, p[i + 2] & 0xFF, null);
            double hue = hsb[0] * 360;
            if (hsb[1] > 0.15 && hsb[2] > 0.1 && (hue >= 300 || hue <= 25)) {
                inBand++;
            }
        }
        return inBand / (p.length / 3.0);
    }

    /** The share of the power near 660, 990, 1320, 1650 and 1980 Hz in one second of sound. */
    private static double chordShare(float[] samples) {
        double total = 0;
        for (float s : samples) {
            total += s * s;
        }
        double chord = 0;
        for (int harmonic = 2; harmonic <= 6; harmonic++) {
            for (double hz = 330 * harmonic - 10; hz <= 330 * harmonic + 10; hz += 1) {
                chord += power(samples, hz);
            }
        }
        return total == 0 ? 0 : chord / total;
    }

    /** The power of one DFT bin at {@code hz} (1 Hz apart over one second), normalised like the time-domain sum. */
    private static double power(float[] samples, double hz) {
        double re = 0;
        double im = 0;
        for (int n = 0; n < samples.length; n++) {
            double phase = 2 * Math.PI * hz * n / RATE;
            re += samples[n] * Math.cos(phase);
            im -= samples[n] * Math.sin(phase);
        }
        return 2 * (re * re + im * im) / samples.length;
    }
}
