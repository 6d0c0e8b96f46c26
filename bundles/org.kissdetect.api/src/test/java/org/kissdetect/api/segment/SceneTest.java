package org.kissdetect.api.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SceneTest {

    @Test
    void intersectionOverUnionCountsWholeSecondsOfInclusiveRanges() {
        Scene scene = new Scene(10, 19, 0.9);

        assertThat(scene.intersectionOverUnion(10, 19)).isEqualTo(1.0);
        assertThat(scene.intersectionOverUnion(15, 24)).isCloseTo(5.0 / 15, within(1e-12));
        assertThat(scene.intersectionOverUnion(20, 29)).isZero();
        assertThat(new Scene(0, 9, 1).intersectionOverUnion(new Scene(2, 11, 1))).isCloseTo(8.0 / 12, within(1e-12));
        assertThat(scene.intersectionOverUnion(new Scene(12, 12, 0))).isEqualTo(0.1);
    }

    @Test
    void anEmptySpanIsRefused() {
        assertThatThrownBy(() -> new Scene(1, 2, 0.5).intersectionOverUnion(5, 4)).hasMessageContaining("5..4");
    }
}
