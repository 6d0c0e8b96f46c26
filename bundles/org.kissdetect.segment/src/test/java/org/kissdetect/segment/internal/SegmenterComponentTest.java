package org.kissdetect.segment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;

import org.kissdetect.api.segment.SegmentationParameters;
import org.junit.jupiter.api.Test;

class SegmenterComponentTest {

    @Test
    void theDefaultsAreThePapers() {
        SegmenterComponent segmenter = new SegmenterComponent(configuration(10, 0.7, 0.5));

        assertThat(segmenter.parameters()).isEqualTo(new SegmentationParameters(10, 0.7, 0.5));
    }

    @Test
    void segmentsWithTheConfiguredParameters() {
        float[] p = {1, 1, 0, 1, 0, 0, 1, 0, 1};

        assertThat(new SegmenterComponent(configuration(4, 0.7, 0.5)).segment(p)).hasSize(1);
        assertThat(new SegmenterComponent(configuration(5, 0.7, 0.5)).segment(p)).isEmpty();
    }

    @Test
    void aNewConfigurationChangesTheParametersInPlaceAndAnImpossibleOneKeepsTheLast() {
        SegmenterComponent segmenter = new SegmenterComponent(configuration(10, 0.7, 0.5));

        segmenter.modified(configuration(11, 0.8, 0.6));
        assertThat(segmenter.parameters()).isEqualTo(new SegmentationParameters(11, 0.8, 0.6));

        assertThatThrownBy(() -> segmenter.modified(configuration(0, 0.7, 0.5))).hasMessageContaining("got 0");
        assertThat(segmenter.parameters()).isEqualTo(new SegmentationParameters(11, 0.8, 0.6));
    }

    @Test
    void anImpossibleConfigurationKeepsTheComponentFromActivating() {
        assertThatThrownBy(() -> new SegmenterComponent(configuration(0, 0.7, 0.5)))
                .hasMessageContaining("org.kissdetect.segment").hasMessageContaining("got 0");
        assertThatThrownBy(() -> new SegmenterComponent(configuration(10, 1.5, 0.5))).hasMessageContaining("1.5");
        assertThatThrownBy(() -> new SegmenterComponent(configuration(10, 0.7, Double.NaN))).hasMessageContaining("NaN");
    }

    static SegmenterConfiguration configuration(int minSeconds, double minFraction, double threshold) {
        return new SegmenterConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SegmenterConfiguration.class;
            }

            @Override
            public int minSeconds() {
                return minSeconds;
            }

            @Override
            public double minFraction() {
                return minFraction;
            }

            @Override
            public double threshold() {
                return threshold;
            }
        };
    }
}
