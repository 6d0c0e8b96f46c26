package org.kissdetect.testmedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The signature is what tells kissing seconds apart: rose pictures and a 660 + 990 Hz fifth, nowhere else. */
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

    @Property(tries = 60)
    void nonKissingSoundHasLittleOfTheFifth(@ForAll @IntRange(min = 0, max = 5) int style, @ForAll long seed) {
        float[] second = SyntheticSound.samples(k -> new ShotPlan.Style(style, seed, 0), RATE, RATE, RATE);

        assertThat(fifthShare(second)).isLessThan(0.05);
    }

    @Property(tries = 20)
    void kissingSoundIsMostlyTheFifth(@ForAll long seed) {
        float[] second = SyntheticSound.samples(k -> new ShotPlan.Style(-1, seed, 0), RATE, RATE, RATE);

        assertThat(fifthShare(second)).isGreaterThan(0.5);
        assertThat(Tones.dominantHz(second, RATE)).satisfiesAnyOf(hz -> assertThat(hz).isCloseTo(660, within(2.0)),
                hz -> assertThat(hz).isCloseTo(990, within(2.0)));
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

    /** The share of the power at 660 and 990 Hz (and their neighbourhood) in one second of sound. */
    private static double fifthShare(float[] samples) {
        double total = 0;
        for (float s : samples) {
            total += s * s;
        }
        double fifth = 0;
        for (double hz = 650; hz <= 670; hz += 1) {
            fifth += power(samples, hz);
        }
        for (double hz = 980; hz <= 1000; hz += 1) {
            fifth += power(samples, hz);
        }
        return total == 0 ? 0 : fifth / total;
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
