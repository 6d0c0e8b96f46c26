package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;

/** What {@code bench features} compares the extractor with, and how it turns JMH's times into rates and ratios. */
class FeatureBaselinesTest {

    @Test
    void ratesAndRatiosComeFromTheMeanTimes() {
        StringWriter report = new StringWriter();

        // A patch 1 ms, extract 3 ms (a still 2 ms), augment 5 ms (4 ms), the DFT 4 ms, the copy 0.1 ms.
        FeatureBenchmarks.report(Map.of("logMel", 1e6, "extract", 3e6, "augment", 5e6, "directSpectra", 4e6,
                "copyAndNormalise", 1e5), new PrintWriter(report, true));

        assertThat(report.toString())
                .containsPattern("patches \\(VGGish front end, logMel\\) +1,000 +96 spectra by direct DFT, no FFT +250 +4.00x")
                .containsPattern("stills, inference \\(extract - patch\\) +500 +centre crop copied, normalised +10,000 +0.05x")
                .containsPattern("stills, training \\(augment - patch\\) +250 .* 0.03x")
                .containsPattern("seconds, extract \\(still \\+ patch\\) +333")
                .contains("Targets on one core");
    }

    @Test
    void aStillLostInTheNoiseIsNotARate() {
        StringWriter report = new StringWriter();

        FeatureBenchmarks.report(Map.of("logMel", 3e6, "extract", 2.9e6, "augment", 5e6, "directSpectra", 4e6,
                "copyAndNormalise", 1e5), new PrintWriter(report, true));

        assertThat(report.toString()).containsPattern("stills, inference \\(extract - patch\\) +n/a .* n/a");
    }

    @Test
    void aBadDurationIsRefusedSayingWhy() {
        assertThat(FeatureBenchmarks.seconds(new String[0])).isEqualTo(2);
        assertThatThrownBy(() -> FeatureBenchmarks.seconds(new String[] {"soon"}))
                .hasMessage("'soon' is not a number of seconds");
        assertThatThrownBy(() -> FeatureBenchmarks.seconds(new String[] {"0"}))
                .hasMessageContaining("0.05 to 600 seconds");
    }

    @Test
    void theDirectDftBaselineFindsAToneInItsBin() {
        float[] audio = new float[15_360];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (float) Math.sin(2 * Math.PI * 1000 * i / 16_000); // 1 kHz is bin 32 of 512 at 16 kHz
        }

        float[] spectra = new FeatureBaselines().directSpectra(audio);

        assertThat(spectra).hasSize(96 * 257);
        int loudest = 0;
        for (int k = 0; k < 257; k++) {
            loudest = spectra[50 * 257 + k] > spectra[50 * 257 + loudest] ? k : loudest;
        }
        assertThat(loudest).isEqualTo(32);
        // A Hann window of 400 samples has a gain of 200: a unit sine shows half of it in its bin.
        assertThat(spectra[50 * 257 + 32]).isCloseTo(100f, within(1f));
    }

    @Test
    void theCopyBaselineNormalisesTheCentreCrop() {
        byte[] pixels = new byte[455 * 256 * 3];
        Arrays.fill(pixels, (byte) 255);

        float[] tensor = FeatureBaselines.copyAndNormalise(new RgbImage(455, 256, pixels));

        assertThat(tensor[0]).isCloseTo((1 - 0.485f) / 0.229f, within(1e-6f));
        assertThat(tensor[2 * 224 * 224]).isCloseTo((1 - 0.406f) / 0.225f, within(1e-6f));
    }
}
