package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;

class FeatureBenchmarkTest {

    @Test
    void reportsEveryFigureNextToItsBaseline() throws Exception {
        FeatureExtractor extractor = mock(FeatureExtractor.class);
        ModelInput input = new ModelInput(0, new float[3 * 224 * 224], new float[96 * 64]);
        when(extractor.extract(any())).thenReturn(input);
        when(extractor.augment(any(), anyLong())).thenReturn(input);
        when(extractor.logMel(any())).thenReturn(new LogMelExamples(1, new float[96 * 64]));
        StringWriter report = new StringWriter();

        int exit = new FeatureBenchmark(extractor).run(List.of("0.1"), new PrintWriter(report, true));

        assertThat(exit).isZero();
        assertThat(report.toString()).contains("patches (VGGish front end, logMel)")
                .contains("96 spectra by direct DFT").contains("stills, inference (extract - patch)")
                .contains("centre crop copied, normalised").contains("stills, training (augment - patch)")
                .contains("Targets on one core");
    }

    @Test
    void aBadDurationIsBadInput() {
        FeatureBenchmark benchmark = new FeatureBenchmark(mock(FeatureExtractor.class));
        PrintWriter out = new PrintWriter(new StringWriter());

        assertThatThrownBy(() -> benchmark.run(List.of("soon"), out)).isInstanceOf(CommandFailure.class)
                .hasMessage("'soon' is not a number of seconds");
        assertThatThrownBy(() -> benchmark.run(List.of("0"), out)).isInstanceOf(CommandFailure.class)
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
