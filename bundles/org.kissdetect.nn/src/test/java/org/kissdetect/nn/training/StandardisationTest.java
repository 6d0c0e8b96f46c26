package org.kissdetect.nn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class StandardisationTest {

    private static final float[] FEATURES = {10, 1, 0, 14, 3, 0, 12, 2, 0};

    @Test
    void measuresEachFeaturesMeanAndDeviationAndKeepsConstantFeaturesFinite() {
        Standardisation s = Standardisation.of(FEATURES, 3);

        assertThat(s.mean()).containsExactly(12, 2, 0);
        assertThat((double) s.deviation()[0]).isCloseTo(Math.sqrt(8.0 / 3), offset(1e-6));
        assertThat(s.deviation()[2]).as("a constant feature keeps a floor").isPositive();
        assertThat(s.apply(FEATURES)[0]).isCloseTo((float) (-2 / Math.sqrt(8.0 / 3)), offset(1e-6f));
        assertThat(s.apply(FEATURES)[2]).isZero();
    }

    @Test
    void theFoldedLayerReadsRawFeaturesAsTheTrainedOneReadsStandardisedOnes() {
        Standardisation s = Standardisation.of(FEATURES, 3);
        float[] weight = {0.5f, -1, 2, 0.25f, 3, -0.5f};
        float[] bias = {0.1f, -0.2f};
        float[] sample = {11, 2.5f, 0.01f};

        float[] folded = s.fold(weight, bias);
        float[] standardised = s.apply(sample);
        for (int c = 0; c < 2; c++) {
            double trained = bias[c];
            double raw = folded[6 + c];
            for (int k = 0; k < 3; k++) {
                trained += weight[3 * c + k] * standardised[k];
                raw += folded[3 * c + k] * sample[k];
            }
            assertThat(raw).as("logit %d", c).isCloseTo(trained, offset(1e-4));
        }
    }

    @Test
    void needsTwoSamplesOfTheWidth() {
        assertThatThrownBy(() -> Standardisation.of(new float[] {1, 2, 3}, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Standardisation.of(new float[] {1, 2, 3, 4, 5}, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
