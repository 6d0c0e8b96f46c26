package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.LogMelExamples;
import org.kissdetect.api.features.ModelInput;

class FeatureExtractorComponentTest {

    private static final int PLANE = 224 * 224;

    private final FeatureExtractorComponent extractor = new FeatureExtractorComponent();

    @Test
    void theReferenceFramingNeeds15600SamplesForOneExample() {
        assertThat(VggishFrontEnd.exampleCount(15_360)).as("one second's 960 ms: 94 frames").isZero();
        assertThat(VggishFrontEnd.exampleCount(15_599)).isZero();
        assertThat(VggishFrontEnd.exampleCount(15_600)).isEqualTo(1);
        assertThat(VggishFrontEnd.exampleCount(2 * 15_360 + 239)).isEqualTo(1);
        assertThat(VggishFrontEnd.exampleCount(2 * 15_360 + 240)).isEqualTo(2);
        assertThat(VggishFrontEnd.exampleCount(48_000)).isEqualTo(3);
        assertThat(VggishFrontEnd.exampleCount(399)).isZero();
    }

    @Test
    void aSecondsPatchIsItsWindowFollowedBy240Zeros() {
        float[] audio = noise(15_360, 1);
        float[] padded = Arrays.copyOf(audio, 15_600);

        ModelInput input = extractor.extract(sample(3, Fixtures.pattern(455, 256), audio));

        LogMelExamples reference = extractor.logMel(padded);
        assertThat(reference.count()).isEqualTo(1);
        assertThat(input.audio()).isEqualTo(reference.values());
        assertThat(input.second()).isEqualTo(3);
    }

    @Test
    void logMelReturnsOnlyWholeExamplesWithoutPadding() {
        float[] waveform = noise(15_599, 2);

        assertThat(extractor.logMel(waveform).count()).isZero();
        assertThat(extractor.logMel(noise(3 * 15_360 + 240, 3)).values()).hasSize(3 * 96 * 64);
    }

    @Test
    void aStillWithShortSide256IsCroppedInTheCentreWithoutResampling() {
        RgbImage still = Fixtures.pattern(455, 256);

        float[] image = extractor.extract(sample(0, still, new float[15_360])).image();

        // Centre crop of 455x256: left = round(231 / 2) = 116 (half to even), top = 16.
        for (int y = 0; y < 224; y += 37) {
            for (int x = 0; x < 224; x += 23) {
                for (int c = 0; c < 3; c++) {
                    int level = still.pixels()[((16 + y) * 455 + 116 + x) * 3 + c] & 0xFF;
                    assertThat(image[c * PLANE + y * 224 + x]).isEqualTo(ImageNetNormalization.normalise(c, level));
                }
            }
        }
    }

    @Test
    void everyChannelIsNormalisedWithItsOwnMeanAndDeviationInChannelMajorOrder() {
        RgbImage orange = Fixtures.uniform(300, 280, 255, 128, 0);

        float[] image = extractor.extract(sample(0, orange, new float[15_360])).image();

        float[] expected = {(1f - 0.485f) / 0.229f, (128f / 255 - 0.456f) / 0.224f, (0f - 0.406f) / 0.225f};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < PLANE; i++) {
                assertThat(image[c * PLANE + i]).isEqualTo(expected[c]);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameTensorsAndOtherSeedsOtherCrops() {
        SecondSample sample = sample(5, Fixtures.pattern(455, 256), noise(15_360, 4));

        ModelInput first = extractor.augment(sample, 42);
        ModelInput again = extractor.augment(sample, 42);
        ModelInput other = extractor.augment(sample, 43);

        assertThat(again.image()).isEqualTo(first.image());
        assertThat(other.image()).isNotEqualTo(first.image());
        assertThat(first.audio()).as("augmentation leaves the sound alone")
                .isEqualTo(extractor.extract(sample).audio());
    }

    @Test
    void aFlipMirrorsTheCropLeftToRight() {
        RgbImage still = Fixtures.pattern(455, 256);
        ImageTransforms transforms = new ImageTransforms();
        for (long seed = 0; seed < 20; seed++) {
            CropBox box = RandomResizedCrop.cropBox(455, 256, new SplittableRandom(seed));

            float[] straight = transforms.resizedCrop(still, new RandomResizedCrop.Choice(box, false));
            float[] mirrored = transforms.resizedCrop(still, new RandomResizedCrop.Choice(box, true));

            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 224; y++) {
                    for (int x = 0; x < 224; x++) {
                        assertThat(mirrored[c * PLANE + y * 224 + x])
                                .isEqualTo(straight[c * PLANE + y * 224 + 223 - x]);
                    }
                }
            }
            assertThat(mirrored).isNotEqualTo(straight);
        }
    }

    @Test
    void augmentFlipsWhenTheSeedSaysSo() {
        RgbImage still = Fixtures.pattern(455, 256);
        ImageTransforms transforms = new ImageTransforms();
        int flipped = 0;
        for (long seed = 0; seed < 40; seed++) {
            RandomResizedCrop.Choice choice = RandomResizedCrop.draw(455, 256, new SplittableRandom(seed));
            float[] augmented = extractor.augment(sample(0, still, new float[15_360]), seed).image();
            assertThat(augmented).isEqualTo(transforms.resizedCrop(still, choice));
            flipped += choice.flip() ? 1 : 0;
        }
        assertThat(flipped).as("seeds that flip among the 40").isBetween(5, 35);
    }

    @Test
    void manyThreadsGetTheSameTensorsAsOne() throws Exception {
        SecondSample[] samples = new SecondSample[16];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = sample(i, Fixtures.pattern(300 + 17 * i, 200 + 5 * i), noise(15_360, i));
        }
        ModelInput[] sequential = new ModelInput[samples.length];
        for (int i = 0; i < samples.length; i++) {
            sequential[i] = extractor.augment(samples[i], i);
        }

        ModelInput[] parallel = IntStream.range(0, samples.length).parallel()
                .mapToObj(i -> extractor.augment(samples[i], i)).toArray(ModelInput[]::new);

        for (int i = 0; i < samples.length; i++) {
            assertThat(parallel[i].image()).isEqualTo(sequential[i].image());
            assertThat(parallel[i].audio()).isEqualTo(sequential[i].audio());
        }
    }

    static SecondSample sample(int second, RgbImage still, float[] audio) {
        return new SecondSample(second, second + 0.96, still, audio, false, false);
    }

    static float[] noise(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] samples = new float[length];
        for (int i = 0; i < length; i++) {
            samples[i] = (float) (random.nextDouble() * 2 - 1) * 0.5f;
        }
        return samples;
    }
}
