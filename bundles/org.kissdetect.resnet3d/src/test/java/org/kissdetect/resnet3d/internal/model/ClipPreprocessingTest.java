package org.kissdetect.resnet3d.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClipPreprocessingTest {

    @Test
    void theApiRecordCarriesTheSameNumbersForTheDecoderAndTheFeatureExtractor() {
        org.kissdetect.api.features.ClipPreprocessing k700 = ClipPreprocessing.KINETICS_700.forExtraction();
        org.kissdetect.api.features.ClipPreprocessing k400 = ClipPreprocessing.KINETICS_400.forExtraction();

        assertThat(k700.frames()).isEqualTo(16);
        assertThat(k700.shortSide()).isEqualTo(112);
        assertThat(k700.crop()).isEqualTo(112);
        assertThat(k700.valueScale()).isEqualTo(1f);
        assertThat(k700.mean()).containsExactly(0.4345f, 0.4051f, 0.3775f);
        assertThat(k700.std()).containsExactly(0.2768f, 0.2713f, 0.2737f);
        assertThat(k700.tensorLength()).isEqualTo(ClipPreprocessing.KINETICS_700.clipLength());
        assertThat(k400.valueScale()).isEqualTo(255f);
        assertThat(k400.mean()).containsExactly(114.7748f, 107.7354f, 99.4750f);
        assertThat(k400.std()).containsExactly(1f, 1f, 1f);
    }

    @Test
    void valuesTheApiCannotCarryAreAProblemOfTheMetadata() {
        assertThat(new ClipPreprocessing(16, 2000, 112, "RGB", 1, List.of(0.5, 0.5, 0.5), List.of(1.0, 1.0, 1.0), "")
                .problem()).contains("short side is 16 to 1080 pixels, got 2000");
        assertThat(new ClipPreprocessing(129, 112, 112, "RGB", 1, List.of(0.5, 0.5, 0.5), List.of(1.0, 1.0, 1.0), "")
                .problem()).contains("a clip has 1 to 128 frames, got 129");
    }

    @Test
    void bothCheckpointsPreprocessingIsValidAndCitesItsSource() {
        for (ClipPreprocessing p : List.of(ClipPreprocessing.KINETICS_400, ClipPreprocessing.KINETICS_700)) {
            assertThat(p.problem()).isNull();
            assertThat(p.source()).contains("kenshohara/").contains("mean.py");
        }
        assertThat(new ClipPreprocessing(16, 112, 128, "RGB", 1, List.of(0.5, 0.5, 0.5), List.of(1.0, 1.0, 1.0), "")
                .problem()).contains("centerCrop <= shortSide");
        assertThat(new ClipPreprocessing(16, 112, 112, "RGB", 1, List.of(0.5, 0.5, 0.5), List.of(1.0, 0.0, 1.0), "")
                .problem()).contains("std positive");
    }
}
