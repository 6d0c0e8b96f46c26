package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;

/**
 * Clips through the feature extractor, with numbers whose prepared values are exact in single precision: mean 0.5,
 * deviation 0.5 and values in [0, 1] map 0 to -1 and 255 to 1; on the 0-255 scale, mean 100 and deviation 1 map 0
 * to -100 and 255 to 155.
 */
class ClipTransformTest {

    /** 4 frames, short side 20, crop 16; values in [0, 1], mean 0.5, deviation 0.5 for every channel. */
    private static final ClipPreprocessing HALVES = new ClipPreprocessing(4, 20, 16, 1,
            new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.5f, 0.5f, 0.5f});

    private final FeatureExtractorComponent extractor = new FeatureExtractorComponent();

    @Test
    void eachFrameIsCroppedInItsCentreAndLaidOutChannelThenTimeThenRowThenColumn() {
        // 25 x 20: left = round(9 / 2) = 4 (half to even), top = 2; pixel (x, y) of frame t, channel c holds 255
        // where x = 4 + t, y = 2 + c (row c, column t of the crop), else 0.
        List<RgbImage> frames = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            byte[] pixels = new byte[25 * 20 * 3];
            for (int c = 0; c < 3; c++) {
                pixels[((2 + c) * 25 + 4 + t) * 3 + c] = (byte) 255;
            }
            frames.add(new RgbImage(25, 20, pixels));
        }

        float[] clip = extractor.extract(sample(7, frames), HALVES).clip();

        assertThat(clip).hasSize(3 * 4 * 16 * 16);
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < 4; t++) {
                for (int y = 0; y < 16; y++) {
                    for (int x = 0; x < 16; x++) {
                        float expected = y == c && x == t ? 1f : -1f;
                        assertThat(clip[((c * 4 + t) * 16 + y) * 16 + x]).as("c %d t %d y %d x %d", c, t, y, x)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void framesMissingBeforeTheFilmsStartAreZerosAtTheFront() {
        List<RgbImage> frames = List.of(uniform(20, 30, 255, 0, 255), uniform(20, 30, 0, 255, 0));

        float[] clip = extractor.extract(sample(0, frames), HALVES).clip();

        int plane = 16 * 16;
        float[][] expectedByChannel = {{0, 0, 1, -1}, {0, 0, -1, 1}, {0, 0, 1, -1}};
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < 4; t++) {
                for (int i = 0; i < plane; i++) {
                    assertThat(clip[(c * 4 + t) * plane + i]).isEqualTo(expectedByChannel[c][t]);
                }
            }
        }
    }

    @Test
    void valuesOnThe0To255ScaleKeepTheirMeanAndDeviationPerChannel() {
        ClipPreprocessing kinetics400Like = new ClipPreprocessing(1, 16, 16, 255, new float[] {100, 50, 0},
                new float[] {1, 2, 4});

        float[] clip = extractor.extract(sample(3, List.of(uniform(16, 16, 255, 0, 128))), kinetics400Like).clip();

        int plane = 16 * 16;
        assertThat(clip[0]).isEqualTo(155f);
        assertThat(clip[plane]).isEqualTo(-25f);
        assertThat((double) clip[2 * plane]).isCloseTo(128 / 4.0, within(1e-5));
    }

    @Test
    void theStillAndTheSoundAreThoseOfThePlainExtraction() {
        SecondSample sample = sample(5, List.of(uniform(20, 20, 1, 2, 3)));

        ModelInput withClip = extractor.extract(sample, HALVES);
        ModelInput plain = extractor.extract(sample);

        assertThat(withClip.second()).isEqualTo(5);
        assertThat(withClip.image()).isEqualTo(plain.image());
        assertThat(withClip.audio()).isEqualTo(plain.audio());
        assertThat(plain.hasClip()).isFalse();
        assertThat(withClip.hasClip()).isTrue();
    }

    @Test
    void framesOfAnotherShortSideMoreFramesThanAskedOrNoneAreRefusedNamingTheSecond() {
        assertThatThrownBy(() -> extractor.extract(sample(12, List.of(uniform(20, 20, 0, 0, 0),
                uniform(30, 24, 0, 0, 0))), HALVES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("second 12: clip frame 1 is 30x24, its short side should be 20");
        List<RgbImage> five = List.of(uniform(20, 20, 0, 0, 0), uniform(20, 20, 0, 0, 0), uniform(20, 20, 0, 0, 0),
                uniform(20, 20, 0, 0, 0), uniform(20, 20, 0, 0, 0));
        assertThatThrownBy(() -> extractor.extract(sample(13, five), HALVES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("second 13 has a clip of 5 frames, the model asked for 4");
        assertThatThrownBy(() -> extractor.extract(sample(14, List.of()), HALVES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("second 14 has no clip of frames");
    }

    private static SecondSample sample(int second, List<RgbImage> clip) {
        RgbImage still = clip.isEmpty() ? uniform(300, 256, 9, 9, 9) : clip.get(clip.size() - 1);
        return new SecondSample(second, second + 0.96, still,
                FeatureExtractorComponentTest.noise(15_360, second), false, false, clip);
    }

    private static RgbImage uniform(int width, int height, int red, int green, int blue) {
        return Fixtures.uniform(width, height, red, green, blue);
    }
}
