package org.kissdetect.resnet3d.internal.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.resnet3d.internal.TestStateDicts;
import org.kissdetect.resnet3d.internal.layout.R3d34CheckpointLayout;
import org.kissdetect.resnet3d.internal.network.Shortcut;

/**
 * Models whose answer is known: fc's weights are zero, so every clip's logits are fc's biases, all zero but one
 * class's bias of 2. With 3 classes, the probability of that class is e^2 / (e^2 + 2) and of any other 1 / (e^2 + 2),
 * whatever the clip.
 */
class KineticsClassifierTest {

    private static final int CLASSES = 3;
    private static final int KISSING = 1;
    private static final double E2 = Math.exp(2);

    @TempDir
    static Path folder;

    private static Path kissingBiased;
    private static Path otherBiased;

    @BeforeAll
    static void importModels() throws Exception {
        PyTorch.start();
        kissingBiased = importModel("kissing", Shortcut.B, KISSING);
        otherBiased = importModel("other", Shortcut.A, 2);
    }

    @Test
    void theProbabilityIsTheSoftmaxAtTheIndexOfKissing() throws Exception {
        try (KineticsClassifier classifier = KineticsClassifier.load(kissingBiased, false)) {
            float[] probabilities = classifier.kissingProbabilities(List.of(clip(0.011), clip(-0.03)), 2);

            assertThat(probabilities).hasSize(2);
            assertThat(probabilities[0]).isCloseTo((float) (E2 / (E2 + 2)), within(1e-5f));
            assertThat(probabilities[1]).isCloseTo((float) (E2 / (E2 + 2)), within(1e-5f));
        }
    }

    @Test
    void anotherClassesLogitTakesProbabilityFromKissing() throws Exception {
        try (KineticsClassifier classifier = KineticsClassifier.load(otherBiased, false)) {
            assertThat(classifier.metadata().shortcut()).isEqualTo("A");
            float[] probabilities = classifier.kissingProbabilities(List.of(clip(0.02)), 1);

            assertThat(probabilities[0]).isCloseTo((float) (1 / (E2 + 2)), within(1e-5f));
        }
    }

    @Test
    void concurrentCallersGetTheirOwnAnswersAndAClosedModelRefusesMore() throws Exception {
        KineticsClassifier classifier = KineticsClassifier.load(kissingBiased, false);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<float[]> call = () -> classifier.kissingProbabilities(List.of(clip(0.05)), 1);
            List<Future<float[]>> results = pool.invokeAll(List.of(call, call));
            for (Future<float[]> result : results) {
                assertThat(result.get()[0]).isCloseTo((float) (E2 / (E2 + 2)), within(1e-5f));
            }
        } finally {
            pool.shutdownNow();
            classifier.close();
        }

        assertThatThrownBy(() -> classifier.kissingProbabilities(List.of(clip(0.05)), 1))
                .isInstanceOf(ClassificationException.class).hasMessageContaining("was closed");
    }

    @Test
    void aClipOfTheWrongSizeIsRefused() throws Exception {
        try (KineticsClassifier classifier = KineticsClassifier.load(kissingBiased, false)) {
            assertThat(classifier.kissingProbabilities(List.of(), 1)).isEmpty();
            assertThatThrownBy(() -> classifier.kissingProbabilities(List.of(clip(0.1), new float[100]), 1))
                    .isInstanceOf(ClassificationException.class)
                    .hasMessageContaining("clip 1 has 100 values, model kinetics3-r3d34 needs 602112");
        }
    }

    @Test
    void aClipWithANonFiniteValueGetsAnErrorNotANaNProbability() throws Exception {
        float[] damaged = clip(0.1);
        damaged[12345] = Float.NaN;
        try (KineticsClassifier classifier = KineticsClassifier.load(kissingBiased, false)) {
            assertThatThrownBy(() -> classifier.kissingProbabilities(List.of(clip(0.2), damaged), 1))
                    .isInstanceOf(ClassificationException.class)
                    .hasMessageContaining("gave no probability for clip 1 (non-finite logits");
        }
    }

    @Test
    void aModelWhoseParametersChangedIsRefusedBeforeLibtorchSeesThem(@TempDir Path copy) throws Exception {
        Path model = copy.resolve("model");
        Files.createDirectories(model);
        try (var files = Files.list(kissingBiased)) {
            for (Path file : files.toList()) {
                Files.copy(file, model.resolve(file.getFileName()));
            }
        }
        Path parameters = model.resolve("r3d34.safetensors");
        try (var channel = java.nio.channels.FileChannel.open(parameters, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {42}), Files.size(parameters) - 1);
        }

        assertThatThrownBy(() -> KineticsClassifier.load(model, false)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model " + parameters + ": sha256 is ");
    }

    private static Path importModel(String name, Shortcut shortcut, int biased) throws IOException, Exception {
        Path out = Files.createDirectories(folder.resolve(name));
        Path classes = TestStateDicts.classList(folder.resolve(name + "-classes.txt"), CLASSES, KISSING);
        new R3d34CheckpointLayout().write(TestStateDicts.oneBias(folder.resolve(name + ".pth"), shortcut, CLASSES,
                biased, 2), new ImportOptions(Optional.of(classes)), out);
        return out.resolve("kinetics3-r3d34");
    }

    private static float[] clip(double step) {
        float[] clip = new float[3 * 16 * 112 * 112];
        for (int i = 0; i < clip.length; i++) {
            clip[i] = (float) Math.sin(step * i);
        }
        return clip;
    }
}
