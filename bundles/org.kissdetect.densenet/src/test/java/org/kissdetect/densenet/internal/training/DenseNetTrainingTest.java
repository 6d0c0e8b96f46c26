package org.kissdetect.densenet.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.ModelRuntime;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.densenet.internal.kind.DenseNetDetectorKind;
import org.kissdetect.densenet.internal.network.ParityFixture;

/**
 * The Table 2 detectors through the trainer service: built from a seed or an imported weight file, trained (the
 * linear layer on standardised features, or everything), checkpointed and resumed, exported and loaded back through
 * the model kind, which classifies as the trained network did and explains itself.
 */
class DenseNetTrainingTest {

    private static final int IMAGE = 3 * 224 * 224;
    private static final int PATCH = 96 * 64;

    @TempDir
    Path folder;

    private final DenseNetTrainerComponent trainer = new DenseNetTrainerComponent(settings("cpu", 2));

    @Test
    void lastLayerTrainsExportsAndLoadsAsTheNetworkClassifies() throws Exception {
        List<ModelInput> inputs = inputs(4, 1);
        boolean[] labels = {true, false, true, false};
        Path model = folder.resolve("model");
        float[] trained;
        try (TrainableNetwork network = trainer.create(new NetworkSetup("densenet121", "last-layer", null, null, 5,
                0.01))) {
            assertThat(network.featureWidth()).isEqualTo(1024);
            assertThat(network.backbones()).containsOnlyKeys("densenet121")
                    .hasEntrySatisfying("densenet121", text -> assertThat(text).startsWith("DenseNet-121 random (seed 5,"));
            float[] features = network.embed(inputs);
            assertThat(features).hasSize(4 * 1024);
            network.standardise(features);
            double first = network.trainHead(features, labels);
            double loss = first;
            for (int step = 0; step < 30; step++) {
                loss = network.trainHead(features, labels);
            }
            assertThat(loss).as("the loss after 30 steps at learning rate 0.01").isLessThan(first / 2);
            trained = network.kissingProbabilities(inputs);
            network.export(model, "densenet-test", "1", Map.of("data", "synthetic"));
        }
        assertThat(Files.readString(model.resolve("metadata.json"))).contains("\"kind\" : \"densenet-detector\"")
                .contains("\"learningRate\" : 0.01");

        DenseNetDetectorKind kind = new DenseNetDetectorKind();
        assertThat(kind.describe(model, "auto").variant()).isEqualTo("densenet121");
        try (Classifier classifier = kind.load(model, new ModelRuntime(false, 2, 3))) {
            float[] loaded = classifier.kissingProbabilities(inputs);
            for (int i = 0; i < trained.length; i++) {
                assertThat(loaded[i]).as("input %d", i).isCloseTo(trained[i], within(1e-4f));
            }
            Saliency saliency = classifier.saliency(inputs.get(0)).orElseThrow();
            assertThat(saliency.width()).isEqualTo(224);
            assertThat(saliency.height()).isEqualTo(224);
            assertThat(saliency.second()).isEqualTo(inputs.get(0).second());
            assertThat(saliency.maximum()).as("a gradient somewhere").isGreaterThan(0);
            assertIsTheLogitsGradient(classifier, inputs.get(0), saliency);
        }
    }

    /**
     * At the pixel where the map is largest, the largest central difference of the kissing logit over the three
     * channels is the map's value.
     */
    private static void assertIsTheLogitsGradient(Classifier classifier, ModelInput input, Saliency saliency)
            throws Exception {
        int pixel = 0;
        for (int i = 1; i < saliency.magnitudes().length; i++) {
            if (saliency.magnitudes()[i] > saliency.magnitudes()[pixel]) {
                pixel = i;
            }
        }
        float step = 1e-2f;
        double largest = 0;
        for (int channel = 0; channel < 3; channel++) {
            int at = channel * 224 * 224 + pixel;
            float[] up = input.image().clone();
            float[] down = input.image().clone();
            up[at] += step;
            down[at] -= step;
            float above = classifier.saliency(new ModelInput(input.second(), up, input.audio())).orElseThrow().logit();
            float below = classifier.saliency(new ModelInput(input.second(), down, input.audio())).orElseThrow()
                    .logit();
            largest = Math.max(largest, Math.abs((above - below) / (2.0 * step)));
        }
        assertThat(largest).as("the finite difference at pixel %d", pixel)
                .isCloseTo(saliency.magnitudes()[pixel], within(0.05 * saliency.magnitudes()[pixel]));
    }

    @Test
    void everythingTrainsAndResumesFromItsCheckpoint() throws Exception {
        List<ModelInput> inputs = inputs(2, 2);
        boolean[] labels = {true, false};
        Path checkpoint = folder.resolve("last.safetensors");
        NetworkSetup setup = new NetworkSetup("densenet121", "all", null, null, 9, 0.0005);
        float[] before;
        try (TrainableNetwork network = trainer.create(setup)) {
            double loss = network.train(inputs, labels);
            assertThat(loss).isFinite();
            assertThat(network.steps()).isEqualTo(1);
            network.saveCheckpoint(checkpoint, "{\"epoch\":1}");
            before = network.kissingProbabilities(inputs);
            assertThatThrownBy(() -> network.trainHead(new float[1024], new boolean[] {true}))
                    .isInstanceOf(IllegalStateException.class);
        }
        try (TrainableNetwork resumed = trainer.resume(checkpoint)) {
            assertThat(resumed.setup()).isEqualTo(setup);
            assertThat(resumed.steps()).isEqualTo(1);
            assertThat(resumed.checkpointNote()).isEqualTo("{\"epoch\":1}");
            float[] after = resumed.kissingProbabilities(inputs);
            for (int i = 0; i < before.length; i++) {
                assertThat(after[i]).isCloseTo(before[i], within(1e-5f));
            }
        }
    }

    @Test
    void withAudioItSeesVggishFeaturesBesideDenseNets() throws Exception {
        try (TrainableNetwork network = trainer.create(new NetworkSetup("densenet121+audio", "last-layer", null, null,
                3))) {
            assertThat(network.featureWidth()).isEqualTo(1152);
            assertThat(network.backbones()).containsOnlyKeys("densenet121", "audio")
                    .hasEntrySatisfying("audio", text -> assertThat(text).startsWith("VGGish random (seed 3,"));
            float[] features = network.embed(inputs(1, 3));
            assertThat(features).hasSize(1152);
            float audio = 0;
            for (int i = 1024; i < 1152; i++) {
                audio += Math.abs(features[i]);
            }
            assertThat(audio).as("VGGish's 128 features after DenseNet-121's 1024").isGreaterThan(0);
        }
    }

    @Test
    void takesImportedWeightsAndRefusesAFileOfAnotherNetwork() throws Exception {
        Path weights = ParityFixture.load().writeWeights(folder.resolve("densenet121-imagenet.safetensors"));
        try (TrainableNetwork network = trainer.create(new NetworkSetup("densenet121", "last-layer", weights, null,
                1))) {
            assertThat(network.backbones().get("densenet121"))
                    .startsWith("DenseNet-121 from densenet121-imagenet.safetensors (sha256 ");
        }
        Path wrong = folder.resolve("wrong.safetensors");
        try (var out = Files.newOutputStream(wrong)) {
            org.kissdetect.nn.weights.Safetensors.write(List.of(
                    new org.kissdetect.nn.weights.Tensor("conv1.weight", new int[] {1}, new float[1])),
                    out);
        }
        assertThatThrownBy(() -> trainer.create(new NetworkSetup("densenet121", "last-layer", wrong, null, 1)))
                .hasMessageContaining("wrong.safetensors").hasMessageContaining("conv1.weight is not part of");
        assertThatThrownBy(() -> trainer.create(new NetworkSetup("image", "last-layer", null, null, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image variant");
        assertThatThrownBy(() -> new DenseNetTrainerComponent(settings("tpu", 0)))
                .hasMessageContaining("org.kissdetect.classify.device").hasMessageContaining("tpu");
    }

    private static List<ModelInput> inputs(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ModelInput> inputs = new ArrayList<>();
        for (int second = 0; second < count; second++) {
            float[] image = new float[IMAGE];
            float[] patch = new float[PATCH];
            for (int i = 0; i < IMAGE; i++) {
                image[i] = (float) random.nextGaussian();
            }
            for (int i = 0; i < PATCH; i++) {
                patch[i] = (float) random.nextGaussian();
            }
            inputs.add(new ModelInput(second, image, patch));
        }
        return inputs;
    }

    private static DeviceSettings settings(String device, int threads) {
        return new DeviceSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DeviceSettings.class;
            }

            @Override
            public String device() {
                return device;
            }

            @Override
            public int threads() {
                return threads;
            }
        };
    }
}
