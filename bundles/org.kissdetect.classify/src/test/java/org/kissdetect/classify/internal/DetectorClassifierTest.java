package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.model.LoadedDetector;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.classify.internal.network.Variant;

/** An audio-only detector with random weights behind the Classifier contract. */
class DetectorClassifierTest {

    @TempDir
    static Path model;

    private static LoadedDetector detector;

    @BeforeAll
    static void load() throws Exception {
        RandomDetector.write(model, Variant.AUDIO, 2);
        detector = DetectorLoader.load(model, DeviceChoice.CPU);
    }

    @AfterAll
    static void free() {
        detector.close();
    }

    @Test
    void givesTheSoftmaxOfClassOneForEveryInputWhateverTheBatchSize() throws Exception {
        List<ModelInput> inputs = TestInputs.of(5);
        float[] logits = detector.logits(inputs, 1);

        float[] oneByOne = classifier(1).kissingProbabilities(inputs);
        float[] inTwos = classifier(2).kissingProbabilities(inputs);

        assertThat(oneByOne).hasSize(5);
        for (int i = 0; i < 5; i++) {
            double softmax = Math.exp(logits[2 * i + 1]) / (Math.exp(logits[2 * i]) + Math.exp(logits[2 * i + 1]));
            assertThat((double) oneByOne[i]).isCloseTo(softmax, offset(1e-5));
            assertThat(inTwos[i]).isCloseTo(oneByOne[i], offset(1e-5f));
        }
        assertThat(classifier(4).kissingProbabilities(List.of())).isEmpty();
    }

    @Test
    void anAudioOnlyDetectorSeesNoPictureAndSoHasNoSaliencyMap() throws Exception {
        assertThat(classifier(8).saliency(TestInputs.of(1).get(0))).isEmpty();
    }

    @Test
    void theProbabilityStaysFiniteForExtremeLogits() {
        assertThat(DetectorClassifier.kissing(0, 0)).isEqualTo(0.5f);
        assertThat(DetectorClassifier.kissing(-1e30f, 1e30f)).isEqualTo(1f);
        assertThat(DetectorClassifier.kissing(1e30f, -1e30f)).isEqualTo(0f);
    }

    @Test
    void aNonFiniteValueIsRefusedNamingTheInputAndPosition() {
        List<ModelInput> inputs = new ArrayList<>(TestInputs.of(2));
        inputs.get(1).audio()[5] = Float.NaN;

        assertThatThrownBy(() -> classifier(8).kissingProbabilities(inputs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input 1 (second 11): audio value 5 is NaN");

        inputs.set(1, TestInputs.of(1).get(0));
        inputs.get(0).image()[7] = Float.POSITIVE_INFINITY;
        assertThatThrownBy(() -> classifier(8).kissingProbabilities(inputs))
                .hasMessage("input 0 (second 10): image value 7 is Infinity");
    }

    @Test
    void aModelThatGivesNaNIsAModelProblemNamingTheModel() {
        List<ModelInput> inputs = TestInputs.of(2);
        ModelDescriptor model = new ModelDescriptor("mine", "1.0.0", "both", "cpu()");

        assertThatThrownBy(() -> DetectorClassifier.requireFinite(new float[] {0.1f, 0.2f, Float.NaN, 0f}, inputs, model))
                .isInstanceOf(ClassificationException.class)
                .hasMessage("the model mine 1.0.0 gave NaN for second 11 of the movie: its parameters are damaged "
                        + "or its training diverged");
    }

    @Test
    void aMissingInputIsRefused() {
        List<ModelInput> inputs = new ArrayList<>(TestInputs.of(1));
        inputs.add(null);

        assertThatThrownBy(() -> classifier(8).kissingProbabilities(inputs)).hasMessage("input 1 of the batch is null");
        assertThatThrownBy(() -> classifier(8).kissingProbabilities(null)).hasMessageContaining("no batch");
    }

    @Test
    void wrongSizedArraysCannotEvenBecomeAnInput() {
        assertThatThrownBy(() -> new ModelInput(3, new float[10], new float[96 * 64]))
                .hasMessageContaining("second 3: image tensor needs 150528 floats");
    }

    private static DetectorClassifier classifier(int batchSize) {
        return new DetectorClassifier(detector, new RuntimeSettings(DeviceChoice.CPU, 1, batchSize));
    }
}
