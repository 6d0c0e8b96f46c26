package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;

/** Wrong sizes, non-finite samples and empty buffers get a clear IllegalArgumentException, never a wrong tensor. */
class BadBuffersTest {

    private final FeatureExtractorComponent extractor = new FeatureExtractorComponent();

    @Test
    void aNaNInASecondsAudioIsRejectedNamingTheSecondAndTheIndex() {
        float[] audio = new float[15_360];
        audio[1234] = Float.NaN;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> extractor.extract(FeatureExtractorComponentTest.sample(7, image(), audio)))
                .withMessage("second 7: audio sample 1234 is NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> extractor.augment(FeatureExtractorComponentTest.sample(7, image(), audio), 1))
                .withMessage("second 7: audio sample 1234 is NaN");
    }

    @Test
    void anInfiniteSampleInAWaveformIsRejectedNamingTheIndex() {
        float[] waveform = new float[20_000];
        waveform[19_999] = Float.NEGATIVE_INFINITY;

        assertThatIllegalArgumentException().isThrownBy(() -> extractor.logMel(waveform))
                .withMessage("waveform sample 19999 is -Infinity");
    }

    @Test
    void anEmptyOrMissingWaveformIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> extractor.logMel(new float[0]))
                .withMessage("the waveform is empty");
        assertThatIllegalArgumentException().isThrownBy(() -> extractor.logMel(null))
                .withMessage("the waveform is missing");
    }

    @Test
    void aMissingSampleIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> extractor.extract(null))
                .withMessage("no sample to extract features from");
        assertThatIllegalArgumentException().isThrownBy(() -> extractor.augment(null, 1))
                .withMessage("no sample to extract features from");
    }

    @Test
    void buffersOfTheWrongSizeCannotReachTheExtractor() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RgbImage(4, 4, new byte[47]))
                .withMessageContaining("a 4x4 RGB image needs 48 bytes, got 47");
        assertThatIllegalArgumentException().isThrownBy(() -> new RgbImage(0, 4, new byte[0]))
                .withMessageContaining("image size must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeatureExtractorComponentTest.sample(2, image(), new float[15_359]))
                .withMessageContaining("needs 15360 audio samples");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeatureExtractorComponentTest.sample(2, image(), new float[0]))
                .withMessageContaining("got 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new ModelInput(0, new float[150_527], new float[6144]))
                .withMessageContaining("image tensor needs 150528 floats");
        assertThatIllegalArgumentException().isThrownBy(() -> new LogMelExamples(2, new float[6144]))
                .withMessageContaining("2 log-mel examples need 12288 floats");
    }

    @Test
    void aStillTooElongatedToScaleIsRejected() {
        RgbImage line = new RgbImage(8_400_000, 1, new byte[25_200_000]);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> extractor.extract(FeatureExtractorComponentTest.sample(0, line, new float[15_360])))
                .withMessage("a 8400000x1 still is too elongated to scale to 256 px");
    }

    private static RgbImage image() {
        return Fixtures.uniform(320, 256, 10, 20, 30);
    }
}
