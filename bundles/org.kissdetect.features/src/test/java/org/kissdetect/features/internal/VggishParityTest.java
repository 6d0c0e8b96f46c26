package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.features.LogMelExamples;

/** The front end against the reference VGGish front end's patches of the shared fixture (3 s of audio). */
class VggishParityTest {

    private static final double TOLERANCE = 1e-4;

    @Test
    void matchesTheReferencePatchesWithin1e4() {
        float[] waveform = Fixtures.wavSamples("vggish-logmel/input.wav");
        float[] expected = Fixtures.floats("vggish-logmel/expected-logmel.f32le");

        LogMelExamples examples = new FeatureExtractorComponent().logMel(waveform);

        assertThat(waveform).hasSize(48_000);
        assertThat(examples.count()).isEqualTo(3);
        assertThat(examples.values()).hasSize(expected.length);
        double worst = 0;
        int worstAt = -1;
        for (int i = 0; i < expected.length; i++) {
            double difference = Math.abs(examples.values()[i] - expected[i]);
            if (difference > worst) {
                worst = difference;
                worstAt = i;
            }
        }
        assertThat(worst).as("largest difference, at example %d frame %d band %d", worstAt / 6144,
                worstAt / 64 % 96, worstAt % 64).isLessThan(TOLERANCE);
    }

    @Test
    void theFixtureIsNotTrivial() {
        float[] expected = Fixtures.floats("vggish-logmel/expected-logmel.f32le");
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float value : expected) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        assertThat(max - min).as("range of the reference log-mel values").isGreaterThan(3f);
    }
}
