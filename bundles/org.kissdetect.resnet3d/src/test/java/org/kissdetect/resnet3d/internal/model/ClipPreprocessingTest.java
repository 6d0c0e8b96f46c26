package org.kissdetect.resnet3d.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClipPreprocessingTest {

    @Test
    void kinetics700ValuesAreScaledToOneThenNormalisedPerChannelInCthwOrder() {
        List<byte[]> frames = frames(ClipPreprocessing.KINETICS_700);

        float[] clip = ClipPreprocessing.KINETICS_700.normalise(frames);

        assertThat(clip).hasSize(3 * 16 * 112 * 112);
        int pixels = 112 * 112;
        // frame 5, pixel 7, green: value (5 * 3 + 7 + 1) % 256 = 23
        assertThat(clip[(16 + 5) * pixels + 7]).isCloseTo((float) ((23 / 255.0 - 0.4051) / 0.2713), within(1e-5f));
        // frame 0, pixel 0, red: value 0
        assertThat(clip[0]).isCloseTo((float) (-0.4345 / 0.2768), within(1e-5f));
    }

    @Test
    void kinetics400ValuesStayOn0To255MinusTheMean() {
        float[] clip = ClipPreprocessing.KINETICS_400.normalise(frames(ClipPreprocessing.KINETICS_400));

        int pixels = 112 * 112;
        // frame 15, pixel 100, blue: value (15 * 3 + 100 + 2) % 256 = 147
        assertThat(clip[(2 * 16 + 15) * pixels + 100]).isCloseTo((float) (147 - 99.4750), within(1e-3f));
    }

    @Test
    void aClipOfTheWrongLengthOrFrameSizeIsRefused() {
        List<byte[]> frames = frames(ClipPreprocessing.KINETICS_700);

        assertThatThrownBy(() -> ClipPreprocessing.KINETICS_700.normalise(frames.subList(0, 15)))
                .hasMessage("a clip needs 16 frames, got 15");
        frames.set(3, new byte[10]);
        assertThatThrownBy(() -> ClipPreprocessing.KINETICS_700.normalise(frames))
                .hasMessage("frame 3 has 10 bytes, expected 37632 (112x112 RGB24)");
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

    /** Frame t, pixel p, channel c holds (3 t + p + c) % 256. */
    private static List<byte[]> frames(ClipPreprocessing p) {
        List<byte[]> frames = new ArrayList<>();
        int pixels = p.centerCrop() * p.centerCrop();
        for (int t = 0; t < p.frames(); t++) {
            byte[] frame = new byte[3 * pixels];
            for (int i = 0; i < pixels; i++) {
                for (int c = 0; c < 3; c++) {
                    frame[3 * i + c] = (byte) (3 * t + i + c);
                }
            }
            frames.add(frame);
        }
        return frames;
    }
}
