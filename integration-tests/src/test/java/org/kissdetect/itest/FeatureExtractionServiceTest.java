package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The feature-extraction bundle in Felix, with its embedded FFT: a grey still and a 1 kHz tone. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class FeatureExtractionServiceTest {

    private static final int PLANE = 224 * 224;

    @InjectService
    FeatureExtractor extractor;

    @Test
    void aGreyStillBecomesTheNormalisedGreyEverywhere() {
        ModelInput input = extractor.extract(sample(grey(455, 256, 128), tone(15_360, 1000)));

        double[] mean = {0.485, 0.456, 0.406};
        double[] std = {0.229, 0.224, 0.225};
        assertThat(input.second()).isEqualTo(12);
        for (int c = 0; c < 3; c++) {
            double expected = (128 / 255.0 - mean[c]) / std[c];
            assertThat(input.image()[c * PLANE]).isCloseTo((float) expected, within(1e-5f));
            assertThat(input.image()[c * PLANE + PLANE - 1]).isCloseTo((float) expected, within(1e-5f));
        }
    }

    @Test
    void aToneIsLoudestInTheMelBandAroundItsFrequency() {
        ModelInput input = extractor.extract(sample(grey(320, 256, 0), tone(15_360, 1000)));

        // 1 kHz is 1000.0 mel on the HTK scale; VGGish's 64 bands are evenly spaced in mel from 125 Hz
        // (180.8 mel) to 7500 Hz (2840.8 mel), so the band centred nearest 1 kHz is band 19.
        float[] frame = new float[64];
        System.arraycopy(input.audio(), 40 * 64, frame, 0, 64);
        int loudest = 0;
        for (int band = 1; band < 64; band++) {
            loudest = frame[band] > frame[loudest] ? band : loudest;
        }
        assertThat(loudest).isEqualTo(19);
    }

    @Test
    void aWaveformGivesOneExamplePerWhole975Milliseconds() {
        LogMelExamples examples = extractor.logMel(tone(48_000, 440));

        assertThat(examples.count()).isEqualTo(3);
        assertThatIllegalArgumentException().isThrownBy(() -> extractor.logMel(new float[] {0f, Float.NaN}))
                .withMessageContaining("sample 1 is NaN");
    }

    @Test
    void augmentationIsReproducibleFromItsSeed() {
        SecondSample sample = sample(gradient(455, 256), tone(15_360, 300));

        assertThat(extractor.augment(sample, 7).image()).isEqualTo(extractor.augment(sample, 7).image());
        assertThat(extractor.augment(sample, 7).image()).isNotEqualTo(extractor.augment(sample, 8).image());
    }

    private static SecondSample sample(RgbImage still, float[] audio) {
        return new SecondSample(12, 12.96, still, audio, false, false);
    }

    private static RgbImage grey(int width, int height, int level) {
        byte[] pixels = new byte[width * height * 3];
        Arrays.fill(pixels, (byte) level);
        return new RgbImage(width, height, pixels);
    }

    private static RgbImage gradient(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i++) {
            int pixel = i / 3;
            pixels[i] = (byte) ((pixel % width) + 2 * (pixel / width) + 60 * (i % 3));
        }
        return new RgbImage(width, height, pixels);
    }

    private static float[] tone(int length, double hertz) {
        float[] samples = new float[length];
        for (int i = 0; i < length; i++) {
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * hertz * i / 16_000));
        }
        return samples;
    }
}
