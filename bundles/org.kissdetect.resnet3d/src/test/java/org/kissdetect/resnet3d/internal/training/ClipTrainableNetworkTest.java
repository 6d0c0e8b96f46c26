package org.kissdetect.resnet3d.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.internal.CpuFactory;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.training.SeededInitialisation;
import org.kissdetect.resnet3d.internal.TestStateDicts;
import org.kissdetect.resnet3d.internal.inference.LoadedR3d34;
import org.kissdetect.resnet3d.internal.inference.R3d34Loader;
import org.kissdetect.resnet3d.internal.kind.ClipDetectorKind;
import org.kissdetect.resnet3d.internal.layout.R3d34CheckpointLayout;
import org.kissdetect.resnet3d.internal.model.KineticsMetadata;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;
import org.kissdetect.resnet3d.internal.network.Shortcut;

/**
 * The paper's clip variant trained on tiny clips (4 frames of 16 px, which the 3D ResNet-34's pools take): kissing
 * clips are brighter than the others, a signal that random seeded features carry, so a few steps separate them.
 */
class ClipTrainableNetworkTest {

    private static final int FRAMES = TinyClips.FRAMES;
    private static final int SIDE = TinyClips.SIDE;

    @TempDir
    Path folder;

    @BeforeAll
    static void startEngine() {
        PyTorch.start();
    }

    @Test
    void lastLayerTrainingOnFrozenRandomFeaturesSeparatesBrightFromDarkClips() throws Exception {
        List<ModelInput> clips = clips(16, 1);
        boolean[] kissing = labels(16);
        try (ClipTrainableNetwork network = create("last-layer", 5)) {
            assertThat(network.featureWidth()).isEqualTo(512);
            assertThat(network.backbones().get("clip")).contains("seed 5", SeededInitialisation.SCHEME);
            float[] features = network.embed(clips);
            network.standardise(features);
            double first = network.trainHead(features, kissing);
            double last = first;
            for (int step = 0; step < 30; step++) {
                last = network.trainHead(features, kissing);
            }
            assertThat(last).isLessThan(first / 4);
            assertThat(network.steps()).isEqualTo(31);
            float[] probabilities = network.kissingProbabilities(clips(16, 2));
            for (int i = 0; i < probabilities.length; i++) {
                assertThat(probabilities[i] > 0.5f).as("clip %d", i).isEqualTo(kissing[i]);
            }
        }
    }

    @Test
    void wholeNetworkTrainingLowersTheLossOfItsBatch() throws Exception {
        List<ModelInput> clips = clips(6, 3);
        boolean[] kissing = labels(6);
        try (ClipTrainableNetwork network = create("all", 7)) {
            double first = network.train(clips, kissing);
            double last = first;
            for (int step = 0; step < 4; step++) {
                last = network.train(clips, kissing);
            }
            assertThat(last).isLessThan(first);
            assertThatThrownBy(() -> network.trainHead(new float[512 * 6], kissing))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anExportOpensThroughTheFactoryAndClassifiesClipsAsTheNetworkDid() throws Exception {
        List<ModelInput> clips = clips(4, 4);
        Path model = folder.resolve("clip-model");
        float[] expected;
        try (ClipTrainableNetwork network = create("last-layer", 9)) {
            float[] features = network.embed(clips(8, 5));
            network.standardise(features);
            network.trainHead(features, labels(8));
            expected = network.kissingProbabilities(clips);
            network.export(model, "clip-test", "3", Map.of("note", "test"));
        }
        assertThat(KineticsModelDirectory.kindOf(model)).hasValue(KineticsMetadata.CLIP_KIND);
        try (CpuFactory factory = CpuFactory.with(3, 1, new ClipDetectorKind());
                Classifier classifier = factory.factory().open(model)) {
            assertThat(classifier.model().variant()).isEqualTo("clip");
            assertThat(classifier.model().id()).isEqualTo("clip-test");
            assertThat(classifier.clipInput()).hasValueSatisfying(clip -> {
                assertThat(clip.frames()).isEqualTo(FRAMES);
                assertThat(clip.crop()).isEqualTo(SIDE);
            });
            float[] probabilities = classifier.kissingProbabilities(clips);
            for (int i = 0; i < expected.length; i++) {
                assertThat(probabilities[i]).isCloseTo(expected[i], within(1e-4f));
            }
        }
    }

    @Test
    void aBackboneFromAnImportedKineticsModelGivesThatModelsFeaturesUnderANewSeededHead() throws Exception {
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), 3, 1);
        new R3d34CheckpointLayout().write(TestStateDicts.oneBias(folder.resolve("r3d34.pth"), Shortcut.A, 3, 1, 2),
                new ImportOptions(Optional.of(classes)), folder);
        Path kinetics = folder.resolve("kinetics3-r3d34");
        KineticsModelDirectory.Contents contents = KineticsModelDirectory.read(kinetics);
        List<ModelInput> clips = clips(2, 7);
        float[] expected;
        try (LoadedR3d34 loaded = R3d34Loader.load(kinetics, Shortcut.A, 3, contents.parameters(),
                R3d34Loader.device(false))) {
            float[] batch = new float[2 * clips.get(0).clip().length];
            System.arraycopy(clips.get(0).clip(), 0, batch, 0, clips.get(0).clip().length);
            System.arraycopy(clips.get(1).clip(), 0, batch, clips.get(0).clip().length, clips.get(0).clip().length);
            expected = loaded.forward(batch, 2, FRAMES, SIDE, 1).features();
        }
        try (ClipTrainableNetwork network = ClipNetworkBuilder.create(
                new NetworkSetup("clip", "last-layer", kinetics, null, 3), FRAMES, SIDE, false, 2)) {
            assertThat(network.backbones().get("clip")).contains("kinetics3-r3d34", contents.metadataSha256());
            assertThat(network.preprocessing().mean()).isEqualTo(contents.metadata().preprocessing().mean());
            assertThat(network.embed(clips)).containsExactly(expected, within(1e-4f));
        }
    }

    @Test
    void aCheckpointResumesTheNetworkWithItsOptimiserAndStandardisation() throws Exception {
        List<ModelInput> clips = clips(8, 6);
        boolean[] kissing = labels(8);
        Path checkpoint = folder.resolve("checkpoints/last.safetensors");
        float[] features;
        double nextLoss;
        float[] probabilities;
        try (ClipTrainableNetwork network = create("last-layer", 13)) {
            features = network.embed(clips);
            network.standardise(features);
            network.trainHead(features, kissing);
            network.saveCheckpoint(checkpoint, "{\"epoch\": 1}");
            probabilities = network.kissingProbabilities(clips);
            nextLoss = network.trainHead(features, kissing);
        }
        try (ClipTrainableNetwork resumed = ClipNetworkBuilder.resume(checkpoint, false, 2)) {
            assertThat(resumed.checkpointNote()).isEqualTo("{\"epoch\": 1}");
            assertThat(resumed.steps()).isEqualTo(1);
            assertThat(resumed.preprocessing().frames()).isEqualTo(FRAMES);
            assertThat(resumed.kissingProbabilities(clips)).containsExactly(probabilities, within(1e-5f));
            assertThat(resumed.trainHead(features, kissing)).isCloseTo(nextLoss, within(1e-5));
        }
    }

    @Test
    void aCheckpointKeepsItsLearningRateWhichStepsDifferentlyFromThePapers() throws Exception {
        List<ModelInput> clips = clips(8, 7);
        boolean[] kissing = labels(8);
        NetworkSetup faster = new NetworkSetup("clip", "last-layer", null, null, 13, 0.01);
        Path checkpoint = folder.resolve("checkpoints/faster.safetensors");
        float[] features;
        float[] afterFasterStep;
        float[] afterPaperStep;
        try (ClipTrainableNetwork network = ClipNetworkBuilder.create(faster, FRAMES, SIDE, false, 2);
                ClipTrainableNetwork paper = create("last-layer", 13)) {
            features = network.embed(clips);
            network.standardise(features);
            paper.standardise(features);
            network.saveCheckpoint(checkpoint, "");
            network.trainHead(features, kissing);
            paper.trainHead(features, kissing);
            afterFasterStep = network.headProbabilities(features);
            afterPaperStep = paper.headProbabilities(features);
        }
        assertThat(afterFasterStep).isNotEqualTo(afterPaperStep);
        try (ClipTrainableNetwork resumed = ClipNetworkBuilder.resume(checkpoint, false, 2)) {
            assertThat(resumed.setup()).isEqualTo(faster);
            resumed.trainHead(features, kissing);
            assertThat(resumed.headProbabilities(features)).containsExactly(afterFasterStep, within(1e-5f));
        }
    }

    @Test
    void aClipOfTheWrongSizeAndATwoDVariantAreRefusedByName() throws Exception {
        try (ClipTrainableNetwork network = create("last-layer", 1)) {
            ModelInput wrong = new ModelInput(12, new float[3 * 224 * 224], new float[96 * 64], new float[3 * 4]);
            assertThatThrownBy(() -> network.embed(List.of(wrong)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second 12")
                    .hasMessageContaining("12 values");
        }
        assertThatThrownBy(() -> ClipNetworkBuilder.create(new NetworkSetup("audio", "last-layer", null, null, 1),
                FRAMES, SIDE, false, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("audio");
    }

    private static ClipTrainableNetwork create(String trainedPart, long seed) throws ModelException {
        return ClipNetworkBuilder.create(new NetworkSetup("clip", trainedPart, null, null, seed), FRAMES, SIDE, false,
                2);
    }

    /** Even clips are kissing: their values centre on +0.8, the others' on -0.8, with noise of 0.5. */
    private static List<ModelInput> clips(int count, long seed) {
        Random random = new Random(seed);
        List<ModelInput> clips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] clip = new float[3 * FRAMES * SIDE * SIDE];
            float centre = i % 2 == 0 ? 0.8f : -0.8f;
            for (int v = 0; v < clip.length; v++) {
                clip[v] = centre + (float) random.nextGaussian() * 0.5f;
            }
            clips.add(new ModelInput(i, new float[3 * 224 * 224], new float[96 * 64], clip));
        }
        return clips;
    }

    private static boolean[] labels(int count) {
        return TinyClips.evenSecondsKissing(count);
    }
}
