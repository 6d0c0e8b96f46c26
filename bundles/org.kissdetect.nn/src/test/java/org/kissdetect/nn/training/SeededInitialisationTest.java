package org.kissdetect.nn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;

/** The seeded weights are plain Java arithmetic: pinned here bit for bit, so any machine must rebuild them. */
class SeededInitialisationTest {

    @Test
    void theSameNameAndSeedGiveTheSameBitsOnEveryMachine() throws Exception {
        float[] conv = SeededInitialisation.values("image.conv1.weight", Parameter.Type.WEIGHT,
                new Shape(64, 3, 7, 7), 147, 2019);

        assertThat(sha256(conv)).isEqualTo(PINNED_CONV1);
        assertThat(conv).isEqualTo(SeededInitialisation.values("image.conv1.weight", Parameter.Type.WEIGHT,
                new Shape(64, 3, 7, 7), 147, 2019));
    }

    @Test
    void anotherSeedOrAnotherNameGivesOtherValues() {
        float[] one = SeededInitialisation.values("audio.embeddings.4.weight", Parameter.Type.WEIGHT, new Shape(8, 8),
                8, 1);
        float[] otherSeed = SeededInitialisation.values("audio.embeddings.4.weight", Parameter.Type.WEIGHT,
                new Shape(8, 8), 8, 2);
        float[] otherName = SeededInitialisation.values("audio.embeddings.2.weight", Parameter.Type.WEIGHT,
                new Shape(8, 8), 8, 1);

        assertThat(one).isNotEqualTo(otherSeed).isNotEqualTo(otherName);
    }

    @Test
    void backboneWeightsAreHeUniformAndTheClassifierIsPyTorchsLinearDefault() {
        float[] backbone = SeededInitialisation.values("image.layer1.0.conv1.weight", Parameter.Type.WEIGHT,
                new Shape(64, 64, 3, 3), 576, 5);
        float[] classifier = SeededInitialisation.values("classifier.weight", Parameter.Type.WEIGHT,
                new Shape(2, 640), 640, 5);

        double heBound = Math.sqrt(6.0 / 576);
        assertThat(largest(backbone)).isLessThanOrEqualTo((float) heBound).isGreaterThan((float) (0.99 * heBound));
        assertThat(variance(backbone)).isCloseTo(2.0 / 576, withinPercentage(5));
        assertThat(largest(classifier)).isLessThanOrEqualTo((float) (1 / Math.sqrt(640)));
    }

    @Test
    void biasesOfBackbonesAndBatchNormStartNeutral() {
        assertThat(SeededInitialisation.values("audio.features.0.bias", Parameter.Type.BIAS, new Shape(64), 9, 1))
                .containsOnly(0f);
        assertThat(SeededInitialisation.values("image.bn1.weight", Parameter.Type.GAMMA, new Shape(64), 1, 1))
                .containsOnly(1f);
        assertThat(SeededInitialisation.values("image.bn1.running_var", Parameter.Type.RUNNING_VAR, new Shape(64), 1, 1))
                .containsOnly(1f);
        assertThat(SeededInitialisation.values("image.bn1.running_mean", Parameter.Type.RUNNING_MEAN, new Shape(64), 1, 1))
                .containsOnly(0f);
        assertThat(SeededInitialisation.values("classifier.bias", Parameter.Type.BIAS, new Shape(2), 640, 1))
                .doesNotContain(0f);
    }

    /** Also what a Python re-implementation of the scheme (SplitMix64, FNV-1a, struct.pack("<f")) gives. */
    private static final String PINNED_CONV1 = "6c10bb4ccacabce8e61e7e7f1fe35abf549792dc23e903cc004b52fcaf8f3346";

    private static float largest(float[] values) {
        float largest = 0;
        for (float v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    private static double variance(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return sum / values.length;
    }

    static String sha256(float[] values) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    }
}
