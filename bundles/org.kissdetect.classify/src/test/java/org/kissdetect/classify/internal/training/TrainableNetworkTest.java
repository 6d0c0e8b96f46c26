package org.kissdetect.classify.internal.training;

import org.kissdetect.nn.training.Logits;
import org.kissdetect.nn.training.SeededInitialisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.model.LoadedDetector;
import org.kissdetect.classify.internal.model.ModelDirectoryWriter;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.common.text.Sha256;

/** Networks being trained, on libtorch: steps, checkpoints that resume exactly, exports that load as detectors. */
class TrainableNetworkTest {

    private static final NetworkSetup AUDIO_HEAD = new NetworkSetup("audio", "last-layer", null, null, 3);

    @TempDir
    Path folder;

    @Test
    void theLinearLayerLearnsSeparableFeaturesAndItsLossFalls() throws Exception {
        try (TrainableNetwork network = create(AUDIO_HEAD)) {
            Batch batch = separable(64, 128, 1);
            network.standardise(batch.features);

            double first = network.trainHead(batch.features, batch.kissing);
            double last = first;
            for (int step = 0; step < 40; step++) {
                last = network.trainHead(batch.features, batch.kissing);
            }

            assertThat(last).isLessThan(first * 0.6);
            float[] p = network.headProbabilities(batch.features);
            for (int i = 0; i < 64; i++) {
                assertThat(p[i] >= 0.5).as("sample %d", i).isEqualTo(batch.kissing[i]);
            }
            assertThat(network.steps()).isEqualTo(41);
        }
    }

    @Test
    void aLastLayerCheckpointResumesExactly() throws Exception {
        Path checkpoint = folder.resolve("last.ckpt");
        Batch batch = separable(32, 128, 2);
        double[] losses = new double[2];
        float[] probabilities;
        try (TrainableNetwork network = create(AUDIO_HEAD)) {
            network.standardise(batch.features);
            for (int step = 0; step < 3; step++) {
                network.trainHead(batch.features, batch.kissing);
            }
            network.saveCheckpoint(checkpoint, "{\"epoch\":3}");
            losses[0] = network.trainHead(batch.features, batch.kissing);
            losses[1] = network.trainHead(batch.features, batch.kissing);
            probabilities = network.headProbabilities(batch.features);
        }

        try (TrainableNetwork resumed = NetworkBuilder.resume(checkpoint, DeviceChoice.CPU, 2)) {
            assertThat(resumed.setup()).isEqualTo(AUDIO_HEAD);
            assertThat(resumed.checkpointNote()).isEqualTo("{\"epoch\":3}");
            assertThat(resumed.steps()).isEqualTo(3);
            assertThat(resumed.trainHead(batch.features, batch.kissing)).isCloseTo(losses[0], offset(1e-6));
            assertThat(resumed.trainHead(batch.features, batch.kissing)).isCloseTo(losses[1], offset(1e-6));
            assertThat(resumed.headProbabilities(batch.features)).containsExactly(probabilities, offset(1e-6f));
        }
    }

    @Test
    void aCheckpointKeepsItsLearningRateWhichStepsDifferentlyFromThePapers() throws Exception {
        NetworkSetup faster = AUDIO_HEAD.withLearningRate(0.01);
        Path checkpoint = folder.resolve("faster.ckpt");
        Batch batch = separable(32, 128, 4);
        float[] afterPaperStep;
        float[] afterFasterStep;
        try (TrainableNetwork paper = create(AUDIO_HEAD); TrainableNetwork network = create(faster)) {
            paper.standardise(batch.features);
            network.standardise(batch.features);
            paper.trainHead(batch.features, batch.kissing);
            network.saveCheckpoint(checkpoint, "");
            network.trainHead(batch.features, batch.kissing);
            afterPaperStep = paper.headProbabilities(batch.features);
            afterFasterStep = network.headProbabilities(batch.features);
        }
        assertThat(afterFasterStep).isNotEqualTo(afterPaperStep);

        try (TrainableNetwork resumed = NetworkBuilder.resume(checkpoint, DeviceChoice.CPU, 2)) {
            assertThat(resumed.setup()).isEqualTo(faster);
            assertThat(resumed.setup().learningRate()).isEqualTo(0.01);
            resumed.trainHead(batch.features, batch.kissing);
            assertThat(resumed.headProbabilities(batch.features)).containsExactly(afterFasterStep, offset(1e-6f));
        }
    }

    @Test
    void aCheckpointWrittenBeforeLearningRatesVariedReadsAsThePapersRate() throws Exception {
        Path checkpoint = folder.resolve("old.ckpt");
        try (TrainableNetwork network = create(AUDIO_HEAD.withLearningRate(0.01))) {
            network.saveCheckpoint(checkpoint, "");
        }
        byte[] bytes = Files.readAllBytes(checkpoint);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        String recorded = "\"learningRate\":\"0.01\",";
        assertThat(text).contains(recorded);
        Files.write(checkpoint, text.replace(recorded, " ".repeat(recorded.length()))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        try (TrainableNetwork resumed = NetworkBuilder.resume(checkpoint, DeviceChoice.CPU, 2)) {
            assertThat(resumed.setup()).isEqualTo(AUDIO_HEAD);
            assertThat(resumed.setup().learningRate()).isEqualTo(NetworkSetup.PAPER_LEARNING_RATE);
        }
    }

    @Test
    void aLastLayerCheckpointRestoredInPlaceGivesWhatItSaved() throws Exception {
        Path checkpoint = folder.resolve("best.ckpt");
        Batch batch = separable(32, 128, 3);
        try (TrainableNetwork network = create(AUDIO_HEAD)) {
            network.standardise(batch.features);
            network.trainHead(batch.features, batch.kissing);
            network.saveCheckpoint(checkpoint, "{\"epoch\":1}");
            float[] saved = network.headProbabilities(batch.features);
            for (int step = 0; step < 5; step++) {
                network.trainHead(batch.features, batch.kissing);
            }
            assertThat(network.headProbabilities(batch.features)).isNotEqualTo(saved);

            network.restore(checkpoint);

            assertThat(network.headProbabilities(batch.features)).containsExactly(saved, offset(1e-7f));
            assertThat(network.steps()).isEqualTo(1);
            assertThat(network.checkpointNote()).isEqualTo("{\"epoch\":1}");
        }
        try (TrainableNetwork other = create(new NetworkSetup("audio", "last-layer", null, null, 99))) {
            assertThatThrownBy(() -> other.restore(checkpoint)).hasMessageContaining("another network");
        }
    }

    @Test
    void aWholeNetworkCheckpointResumesExactlyBatchNormStatisticsIncluded() throws Exception {
        NetworkSetup setup = new NetworkSetup("image", "all", null, null, 4);
        List<ModelInput> inputs = TestInputs.of(2);
        boolean[] kissing = {true, false};
        Path checkpoint = folder.resolve("all.ckpt");
        double next;
        float[] probabilities;
        try (TrainableNetwork network = create(setup)) {
            network.train(inputs, kissing);
            network.saveCheckpoint(checkpoint, "");
            next = network.train(inputs, kissing);
            probabilities = network.kissingProbabilities(inputs);
        }
        try (TrainableNetwork resumed = NetworkBuilder.resume(checkpoint, DeviceChoice.CPU, 2)) {
            assertThat(resumed.train(inputs, kissing)).isCloseTo(next, offset(1e-5));
            assertThat(resumed.kissingProbabilities(inputs)).containsExactly(probabilities, offset(1e-5f));
        }
    }

    @Test
    void anExportLoadsAsTheDetectorItWasStandardisationFoldedIn() throws Exception {
        List<ModelInput> inputs = TestInputs.of(4);
        Path model = folder.resolve("model");
        float[] expected;
        try (TrainableNetwork network = create(AUDIO_HEAD)) {
            float[] features = network.embed(inputs);
            network.standardise(features);
            network.trainHead(features, new boolean[] {true, false, true, false});
            expected = network.kissingProbabilities(inputs);
            network.export(model, "test-audio", "1.0.0", Map.of("by", "a test"));
        }
        try (LoadedDetector detector = DetectorLoader.load(model, DeviceChoice.CPU)) {
            float[] logits = detector.logits(inputs, 1);
            assertThat(Logits.kissing(logits)).containsExactly(expected, offset(1e-5f));
        }
    }

    @Test
    void aCheckpointRebuildsTheSameModelFileBitForBit() throws Exception {
        NetworkSetup setup = new NetworkSetup("image", "last-layer", null, null, 9);
        List<ModelInput> inputs = TestInputs.of(3);
        Path checkpoint = folder.resolve("head.ckpt");
        try (TrainableNetwork network = create(setup)) {
            float[] features = network.embed(inputs);
            network.standardise(features);
            network.trainHead(features, new boolean[] {true, false, true});
            network.saveCheckpoint(checkpoint, "");
            network.export(folder.resolve("trained"), "m", "1", Map.of());
        }
        try (TrainableNetwork rebuilt = NetworkBuilder.resume(checkpoint, DeviceChoice.CPU, 2)) {
            rebuilt.export(folder.resolve("rebuilt"), "m", "1", Map.of());
        }
        assertThat(sha256(folder.resolve("rebuilt"))).isEqualTo(sha256(folder.resolve("trained")));
    }

    @Test
    void aBranchsWeightsDoNotDependOnTheVariant() throws Exception {
        List<ModelInput> inputs = TestInputs.of(2);
        float[] both;
        float[] image;
        float[] audio;
        try (TrainableNetwork network = create(new NetworkSetup("both", "last-layer", null, null, 11))) {
            both = network.embed(inputs);
        }
        try (TrainableNetwork network = create(new NetworkSetup("image", "last-layer", null, null, 11))) {
            image = network.embed(inputs);
        }
        try (TrainableNetwork network = create(new NetworkSetup("audio", "last-layer", null, null, 11))) {
            audio = network.embed(inputs);
        }
        for (int n = 0; n < 2; n++) {
            for (int k = 0; k < 640; k++) {
                float expected = k < 512 ? image[n * 512 + k] : audio[n * 128 + k - 512];
                assertThat(both[n * 640 + k]).as("sample %d feature %d", n, k).isCloseTo(expected, offset(1e-4f));
            }
        }
        assertThat(network11Describes()).contains("seed 11", SeededInitialisation.SCHEME);
    }

    @Test
    void onlyTheLastLayerIsStandardisedOrTrainedOnFeatures() throws Exception {
        try (TrainableNetwork network = create(new NetworkSetup("audio", "all", null, null, 1))) {
            assertThatThrownBy(() -> network.standardise(new float[256])).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> network.trainHead(new float[128], new boolean[1]))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFileThatIsNoCheckpointIsRefusedByName() throws Exception {
        Path model = folder.resolve("model");
        try (TrainableNetwork network = create(AUDIO_HEAD)) {
            network.export(model, "m", "1", Map.of());
        }
        Path parameters = model.resolve(ModelDirectoryWriter.PARAMETERS);
        assertThatThrownBy(() -> NetworkBuilder.resume(parameters, DeviceChoice.CPU, 1))
                .isInstanceOf(ModelException.class).hasMessageContaining(parameters.toString())
                .hasMessageContaining("is not a training checkpoint");
    }

    private String network11Describes() throws Exception {
        try (TrainableNetwork network = create(new NetworkSetup("audio", "last-layer", null, null, 11))) {
            return network.backbones().get("audio");
        }
    }

    private static TrainableNetwork create(NetworkSetup setup) throws ModelException {
        return NetworkBuilder.create(setup, DeviceChoice.CPU, 2);
    }

    private static String sha256(Path model) throws Exception {
        return Sha256.hex(Files.readAllBytes(model.resolve(ModelDirectoryWriter.PARAMETERS)));
    }

    private record Batch(float[] features, boolean[] kissing) {
    }

    /** Samples whose first eight features are shifted by their label, on a large offset and scale like backbone features. */
    private static Batch separable(int samples, int width, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[samples * width];
        boolean[] kissing = new boolean[samples];
        for (int i = 0; i < samples; i++) {
            kissing[i] = i % 2 == 0;
            for (int k = 0; k < width; k++) {
                features[i * width + k] = (float) (20 + 10 * random.nextGaussian());
            }
            for (int k = 0; k < 8; k++) {
                features[i * width + k] += kissing[i] ? 20 : -20;
            }
        }
        return new Batch(features, kissing);
    }
}
