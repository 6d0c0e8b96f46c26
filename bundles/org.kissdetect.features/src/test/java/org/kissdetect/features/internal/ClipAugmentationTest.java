package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;

/** The paper's augmentation of a clip: one random resized crop and one flip for all its frames. */
class ClipAugmentationTest {

    /** 4 frames, short side 30, crop 16; values in [0, 1], mean 0.5, deviation 0.5. */
    private static final ClipPreprocessing CLIP = new ClipPreprocessing(4, 30, 16, 1,
            new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.5f, 0.5f, 0.5f});
    private static final int PLANE = 16 * 16;

    private final FeatureExtractorComponent extractor = new FeatureExtractorComponent();

    @Test
    void identicalFramesStayIdenticalWhateverTheDraw() {
        RgbImage frame = noise(40, 30, 1);
        List<RgbImage> frames = List.of(frame, frame, frame, frame);
        for (long seed = 0; seed < 10; seed++) {
            float[] clip = extractor.augment(sample(3, frames), CLIP, seed).clip();
            for (int c = 0; c < 3; c++) {
                float[] first = slice(clip, c, 0);
                for (int t = 1; t < 4; t++) {
                    assertThat(slice(clip, c, t)).as("seed %d channel %d frame %d", seed, c, t).isEqualTo(first);
                }
            }
        }
    }

    @Test
    void theDrawDependsOnTheSeedAloneAndCropsAndMirrors() {
        List<RgbImage> frames = List.of(noise(40, 30, 2), noise(40, 30, 3), noise(40, 30, 4), noise(40, 30, 5));
        assertThat(extractor.augment(sample(1, frames), CLIP, 42).clip())
                .isEqualTo(extractor.augment(sample(1, frames), CLIP, 42).clip())
                .isNotEqualTo(extractor.augment(sample(1, frames), CLIP, 43).clip())
                .isNotEqualTo(extractor.extract(sample(1, frames), CLIP).clip());

        RgbImage ramp = ramp(40, 30);
        boolean rising = false;
        boolean falling = false;
        for (long seed = 0; seed < 40 && !(rising && falling); seed++) {
            float[] row = Arrays.copyOfRange(extractor.augment(sample(1, List.of(ramp)), CLIP, seed).clip(),
                    3 * PLANE, 3 * PLANE + 16);
            rising |= row[15] > row[0];
            falling |= row[15] < row[0];
        }
        assertThat(rising).as("some draws keep the left to right ramp").isTrue();
        assertThat(falling).as("some draws mirror it").isTrue();
    }

    @Test
    void framesMissingBeforeTheFilmsStartStayZerosAndTheStillIsThatOfThePlainAugmentation() {
        SecondSample sample = sample(6, List.of(noise(40, 30, 6), noise(40, 30, 7)));

        ModelInput augmented = extractor.augment(sample, CLIP, 9);

        for (int c = 0; c < 3; c++) {
            assertThat(slice(augmented.clip(), c, 0)).containsOnly(0f);
            assertThat(slice(augmented.clip(), c, 1)).containsOnly(0f);
            assertThat(slice(augmented.clip(), c, 2)).isNotEqualTo(new float[PLANE]);
        }
        assertThat(augmented.image()).isEqualTo(extractor.augment(sample, 9).image());
        assertThat(augmented.audio()).isEqualTo(extractor.extract(sample).audio());
    }

    @Test
    void framesOfDifferentSizesAreRefusedNamingTheSecond() {
        assertThatThrownBy(() -> extractor.augment(sample(8, List.of(noise(40, 30, 1), noise(50, 30, 1))), CLIP, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("second 8: clip frame 1 is 50x30, frame 0 40x30");
    }

    private static float[] slice(float[] clip, int channel, int frame) {
        int from = (channel * 4 + frame) * PLANE;
        return Arrays.copyOfRange(clip, from, from + PLANE);
    }

    private static SecondSample sample(int second, List<RgbImage> clip) {
        return new SecondSample(second, second + 0.96, clip.get(clip.size() - 1),
                FeatureExtractorComponentTest.noise(15_360, second), false, false, clip);
    }

    private static RgbImage noise(int width, int height, long seed) {
        byte[] pixels = new byte[width * height * 3];
        new Random(seed).nextBytes(pixels);
        return new RgbImage(width, height, pixels);
    }

    /** Grey rising from 0 at the left to 255 at the right. */
    private static RgbImage ramp(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                Arrays.fill(pixels, (y * width + x) * 3, (y * width + x) * 3 + 3, (byte) (x * 255 / (width - 1)));
            }
        }
        return new RgbImage(width, height, pixels);
    }
}
