package org.kissdetect.resnet3d.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.internal.CpuFactory;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.training.DjlTrainableNetwork;
import org.kissdetect.classify.internal.training.NetworkBuilder;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.resnet3d.internal.kind.ClipDetectorKind;
import org.kissdetect.resnet3d.internal.model.KineticsMetadata;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

/**
 * The paper's {@code clip+audio} variant: a 3D ResNet-34 on tiny clips (4 frames of 16 px) beside VGGish on the
 * seconds' log-mel patches. Kissing seconds are told apart by their sound alone here (louder patches), so only the
 * audio branch can separate them.
 */
class ClipAudioNetworkTest {

    private static final int FRAMES = TinyClips.FRAMES;
    private static final int SIDE = TinyClips.SIDE;

    @TempDir
    Path folder;

    @BeforeAll
    static void startEngine() {
        PyTorch.start();
    }

    @Test
    void itsBranchesEmbedAsTheClipNetworkAndTheTwoDAudioNetworkOfTheSameSeedDo() throws Exception {
        List<ModelInput> seconds = seconds(3, 1);
        float[] joined;
        try (ClipTrainableNetwork network = create("last-layer", 11)) {
            assertThat(network.featureWidth()).isEqualTo(640);
            assertThat(network.backbones()).containsOnlyKeys("clip", "audio");
            joined = network.embed(seconds);
        }
        float[] clip;
        try (ClipTrainableNetwork network = ClipNetworkBuilder.create(
                new NetworkSetup("clip", "last-layer", null, null, 11), FRAMES, SIDE, false, 2)) {
            clip = network.embed(seconds);
        }
        float[] audio;
        try (DjlTrainableNetwork network = NetworkBuilder.create(
                new NetworkSetup("audio", "last-layer", null, null, 11), DeviceChoice.CPU, 2)) {
            audio = network.embed(seconds);
        }
        for (int i = 0; i < seconds.size(); i++) {
            assertThat(Arrays.copyOfRange(joined, i * 640, i * 640 + 512))
                    .containsExactly(Arrays.copyOfRange(clip, i * 512, (i + 1) * 512), within(1e-4f));
            assertThat(Arrays.copyOfRange(joined, i * 640 + 512, (i + 1) * 640))
                    .containsExactly(Arrays.copyOfRange(audio, i * 128, (i + 1) * 128), within(1e-4f));
        }
    }

    @Test
    void trainedOnItsFeaturesItHearsKissingAndItsExportClassifiesAsItDid() throws Exception {
        List<ModelInput> seconds = seconds(12, 2);
        boolean[] kissing = labels(12);
        Path model = folder.resolve("clip-audio-model");
        float[] expected;
        try (ClipTrainableNetwork network = create("last-layer", 5)) {
            float[] features = network.embed(seconds);
            network.standardise(features);
            for (int step = 0; step < 30; step++) {
                network.trainHead(features, kissing);
            }
            expected = network.kissingProbabilities(seconds(6, 3));
            for (int i = 0; i < expected.length; i++) {
                assertThat(expected[i] > 0.5f).as("second %d", i).isEqualTo(kissing[i]);
            }
            network.export(model, "clip-audio-test", "1", Map.of("note", "test"));
        }
        assertThat(KineticsModelDirectory.metadata(model).variant()).isEqualTo(KineticsMetadata.CLIP_AUDIO);
        try (CpuFactory factory = CpuFactory.with(3, 1, new ClipDetectorKind());
                Classifier classifier = factory.factory().open(model)) {
            assertThat(classifier.model().variant()).isEqualTo("clip+audio");
            assertThat(classifier.kissingProbabilities(seconds(6, 3))).containsExactly(expected, within(1e-4f));
        }
    }

    @Test
    void aWholeNetworkStepMovesBothBranches() throws Exception {
        List<ModelInput> seconds = seconds(4, 4);
        try (ClipTrainableNetwork network = create("all", 7)) {
            float[] before = network.embed(seconds);
            assertThat(network.train(seconds, labels(4))).isFinite();
            float[] after = network.embed(seconds);
            assertThat(Arrays.copyOfRange(after, 0, 512)).isNotEqualTo(Arrays.copyOfRange(before, 0, 512));
            assertThat(Arrays.copyOfRange(after, 512, 640)).isNotEqualTo(Arrays.copyOfRange(before, 512, 640));
        }
    }

    @Test
    void aCheckpointResumesItsVariantBranchesHeadAndOptimiser() throws Exception {
        List<ModelInput> seconds = seconds(6, 5);
        boolean[] kissing = labels(6);
        Path checkpoint = folder.resolve("checkpoints/last.safetensors");
        float[] features;
        float[] probabilities;
        double next;
        Map<String, String> backbones;
        try (ClipTrainableNetwork network = create("last-layer", 13)) {
            features = network.embed(seconds);
            network.standardise(features);
            network.trainHead(features, kissing);
            network.saveCheckpoint(checkpoint, "{}");
            probabilities = network.kissingProbabilities(seconds);
            next = network.trainHead(features, kissing);
            backbones = network.backbones();
        }
        try (ClipTrainableNetwork resumed = ClipNetworkBuilder.resume(checkpoint, false, 2)) {
            assertThat(resumed.setup().variant()).isEqualTo("clip+audio");
            assertThat(resumed.backbones()).isEqualTo(backbones);
            assertThat(resumed.steps()).isEqualTo(1);
            assertThat(resumed.kissingProbabilities(seconds)).containsExactly(probabilities, within(1e-5f));
            assertThat(resumed.trainHead(features, kissing)).isCloseTo(next, within(1e-5));
        }
    }

    @Test
    void aVggishFileThatIsNotVggishIsRefusedNamingItAndTheTensor() throws Exception {
        Path weights = folder.resolve("vggish-audioset.safetensors");
        try (OutputStream out = Files.newOutputStream(weights)) {
            Safetensors.write(List.of(new Tensor("features.0.weight", new int[] {2, 2}, new float[4])), out);
        }
        assertThatThrownBy(() -> ClipNetworkBuilder.create(new NetworkSetup("clip+audio", "last-layer", null, weights,
                1), FRAMES, SIDE, false, 2)).isInstanceOf(ModelException.class)
                .hasMessageContaining(weights.toString()).hasMessageContaining("audio.features.0.weight");
    }

    private static ClipTrainableNetwork create(String trainedPart, long seed) throws ModelException {
        return ClipNetworkBuilder.create(new NetworkSetup("clip+audio", trainedPart, null, null, seed), FRAMES, SIDE,
                false, 2);
    }

    /**
     * Even seconds are kissing: their log-mel patches centre on +1, the others' on -1; every second has the same clip
     * of noise, so the clip branch's features cannot tell them apart.
     */
    private static List<ModelInput> seconds(int count, long seed) {
        Random random = new Random(seed);
        float[] clip = new float[3 * FRAMES * SIDE * SIDE];
        Random clipNoise = new Random(99);
        for (int v = 0; v < clip.length; v++) {
            clip[v] = (float) clipNoise.nextGaussian() * 0.5f;
        }
        List<ModelInput> seconds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] patch = new float[96 * 64];
            float centre = i % 2 == 0 ? 1f : -1f;
            for (int v = 0; v < patch.length; v++) {
                patch[v] = centre + (float) random.nextGaussian() * 0.5f;
            }
            seconds.add(new ModelInput(i, new float[3 * 224 * 224], patch, clip));
        }
        return seconds;
    }

    private static boolean[] labels(int count) {
        return TinyClips.evenSecondsKissing(count);
    }
}
