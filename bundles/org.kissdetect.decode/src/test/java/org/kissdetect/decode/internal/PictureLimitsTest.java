package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which picture sizes the decoder takes: every real film, and nothing whose still would need absurd memory. */
class PictureLimitsTest {

    @Test
    void filmsOfEveryUsualShapeAreTaken() {
        assertThat(PictureLimits.problem(1920, 1080, 1, 1)).isEmpty();
        assertThat(PictureLimits.problem(8192, 4320, 1, 1)).as("DCI 8K").isEmpty();
        assertThat(PictureLimits.problem(720, 576, 64, 45)).as("anamorphic PAL").isEmpty();
        assertThat(PictureLimits.problem(1080, 1920, 0, 1)).as("portrait, unknown pixel aspect").isEmpty();
        assertThat(PictureLimits.problem(3840, 480, 1, 1)).as("an 8:1 panorama").isEmpty();
        assertThat(PictureLimits.problem(16, 16, 1, 1)).isEmpty();
    }

    @Test
    void absurdShapesAndSizesAreRefusedWithTheNumbers() {
        assertThat(PictureLimits.problem(8192, 2, 1, 1)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("8192x2").contains("4096:1").contains("8:1"));
        assertThat(PictureLimits.problem(2, 8192, 1, 1)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("2x8192").contains("1:4096"));
        assertThat(PictureLimits.problem(1920, 1080, 100, 1)).as("a pixel aspect of 100:1")
                .hasValueSatisfying(reason -> assertThat(reason).contains("1920x1080").contains("100:1"));
        assertThat(PictureLimits.problem(16384, 16384, 1, 1)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("16384x16384").contains("268.4 million pixels"));
    }
}
