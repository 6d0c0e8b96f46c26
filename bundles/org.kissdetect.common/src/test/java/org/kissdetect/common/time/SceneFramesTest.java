package org.kissdetect.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A scene's frames: on its second boundaries, or on the shot cuts less than a second from them. */
class SceneFramesTest {

    private static final FrameRate PAL = FrameRate.of(25);

    @Test
    void withoutCutsTheScenesSecondsBoundIt() {
        assertThat(SceneFrames.of(10, 24, PAL, 3000, List.of())).isEqualTo(new SceneFrames(250, 625, 10_000, 25_000));
    }

    @Test
    void eachEdgeMovesToTheNearestCutWithinASecond() {
        SceneFrames snapped = SceneFrames.of(10, 24, PAL, 3000, List.of(5.0, 9.4, 9.8, 25.52, 40.0));

        assertThat(snapped.start()).as("9.8 s is nearer 10 than 9.4").isEqualTo(245);
        assertThat(snapped.end()).isEqualTo(638);
        assertThat(snapped.startMillis()).isEqualTo(9_800);
        assertThat(snapped.endMillis()).isEqualTo(25_520);
    }

    @Test
    void aCutASecondOrMoreAwayIsNotTaken() {
        assertThat(SceneFrames.of(10, 24, PAL, 3000, List.of(9.0, 26.0)).start()).isEqualTo(250);
        assertThat(SceneFrames.of(10, 24, PAL, 3000, List.of(9.0, 26.0)).end()).isEqualTo(625);
    }

    @Test
    void theEndStaysWithinTheMovieAndAtLeastOneFrameIsKept() {
        FrameRate ntsc = FrameRate.of(30000.0 / 1001);
        assertThat(SceneFrames.of(100, 119, ntsc, 3596, List.of()).end()).isEqualTo(3596);
        assertThat(SceneFrames.of(100, 119, ntsc, 3596, List.of()).endMillis()).isEqualTo(119_986);
        SceneFrames crossed = SceneFrames.of(10, 10, PAL, 3000, List.of(10.9, 10.2));
        assertThat(crossed.frames()).isPositive();
    }
}
