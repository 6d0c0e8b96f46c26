package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.api.decode.RgbImage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The image transforms against torchvision 0.14's outputs for the same inputs (see
 * {@code src/test/resources/torchvision/make-fixtures.py}): plain resizes, {@code Resize(256) + CenterCrop(224)},
 * and {@code resized_crop} + {@code hflip} for given boxes. torchvision resizes in float32 and we in float32 with
 * another summation order, so a value within a hair of .5 may round the other way: at most one 8-bit level,
 * at most one value in a thousand.
 */
class TorchvisionParityTest {

    private static final String FOLDER = "torchvision/";
    private static final JsonNode MANIFEST = manifest();

    private final ImageTransforms transforms = new ImageTransforms();
    private final Resampler resampler = new Resampler(new ImageNetNormalization());

    private static JsonNode manifest() {
        try {
            return new ObjectMapper().readTree(Fixtures.bytes(FOLDER + "cases.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        MANIFEST.get("cases").forEach(cases::add);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTorchvision(JsonNode testCase) {
        RgbImage image = Fixtures.pattern(testCase.get("width").asInt(), testCase.get("height").asInt());
        byte[] expected = Fixtures.bytes(FOLDER + testCase.get("file").asText());
        switch (testCase.get("op").asText()) {
            case "resize" -> {
                int width = testCase.get("outWidth").asInt();
                int height = testCase.get("outHeight").asInt();
                float[] actual = resampler.resample(image, AxisFilter.of(0, image.width(), width, 0, width),
                        AxisFilter.of(0, image.height(), height, 0, height), false);
                assertClose(actual, height, width, allRows(height), expected);
            }
            case "inference" -> assertClose(transforms.inference(image), 224, 224, sampledRows(), expected);
            case "crop" -> {
                CropBox box = new CropBox(testCase.get("top").asInt(), testCase.get("left").asInt(),
                        testCase.get("boxHeight").asInt(), testCase.get("boxWidth").asInt());
                float[] actual = transforms.resizedCrop(image,
                        new RandomResizedCrop.Choice(box, testCase.get("flip").asBoolean()));
                assertClose(actual, 224, 224, sampledRows(), expected);
            }
            default -> throw new IllegalStateException("unknown case " + testCase);
        }
    }

    @Test
    void normalisesEveryEightBitValueAsToTensorAndNormalize() {
        float[] expected = Fixtures.floats(FOLDER + "normalize.f32le");
        ImageNetNormalization normalization = new ImageNetNormalization();
        for (int channel = 0; channel < 3; channel++) {
            for (int value = 0; value < 256; value++) {
                assertThat(normalization.table(channel)[value]).as("channel %d value %d", channel, value)
                        .isEqualTo(expected[channel * 256 + value]);
            }
        }
    }

    @Test
    void everyCaseIsChecked() {
        assertThat(cases().map(c -> c.get("op").asText()).distinct()).containsExactlyInAnyOrder("resize", "inference",
                "crop");
    }

    private static int[] sampledRows() {
        JsonNode rows = MANIFEST.get("sampledRows");
        int[] sampled = new int[rows.size()];
        for (int i = 0; i < sampled.length; i++) {
            sampled[i] = rows.get(i).asInt();
        }
        return sampled;
    }

    private static int[] allRows(int height) {
        return IntStream.range(0, height).toArray();
    }

    /** {@code expected} holds uint8 CHW values of the given rows of a {@code height x width} tensor. */
    private static void assertClose(float[] actual, int height, int width, int[] rows, byte[] expected) {
        assertThat(actual).hasSize(3 * height * width);
        assertThat(expected).hasSize(3 * rows.length * width);
        int offByOne = 0;
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < rows.length; r++) {
                for (int x = 0; x < width; x++) {
                    int reference = expected[(c * rows.length + r) * width + x] & 0xFF;
                    float value = actual[(c * height + rows[r]) * width + x];
                    int level = toLevel(c, value);
                    assertThat(Math.abs(level - reference)).as("channel %d row %d column %d", c, rows[r], x)
                            .isLessThanOrEqualTo(1);
                    if (level != reference) {
                        offByOne++;
                    }
                }
            }
        }
        assertThat(offByOne).as("values one 8-bit level off").isLessThanOrEqualTo(expected.length / 1000);
    }

    /** Undoes the normalisation: the 8-bit level whose normalised value this is. */
    private static int toLevel(int channel, float value) {
        double scaled = value * ImageNetNormalization.STD[channel] + ImageNetNormalization.MEAN[channel];
        return (int) Math.round(scaled * 255);
    }
}
