package org.kissdetect.resnet3d.internal.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.CpuFactory;
import org.kissdetect.classify.internal.model.RandomDetector;
import org.kissdetect.classify.internal.model.TestInputs;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.resnet3d.internal.TestStateDicts;
import org.kissdetect.resnet3d.internal.layout.R3d34CheckpointLayout;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;
import org.kissdetect.resnet3d.internal.network.Shortcut;

/**
 * A Kinetics model directory, imported from a checkpoint whose answer is known (fc's weights zero, kissing's bias
 * 2 of 3 classes: its probability is e^2 / (e^2 + 2) for any clip), opened by the real classifier factory beside a
 * detector of the paper.
 */
class KineticsModelKindTest {

    private static final double KISSING = Math.exp(2) / (Math.exp(2) + 2);

    @TempDir
    static Path folder;

    private static Path kinetics;
    private static Path detector;
    private static CpuFactory factory;

    @BeforeAll
    static void writeModels() throws Exception {
        PyTorch.start();
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), 3, 1);
        new R3d34CheckpointLayout().write(TestStateDicts.oneBias(folder.resolve("r3d34.pth"), Shortcut.B, 3, 1, 2),
                new ImportOptions(Optional.of(classes)), folder);
        kinetics = folder.resolve("kinetics3-r3d34");
        detector = Files.createDirectories(folder.resolve("detector"));
        RandomDetector.write(detector, Variant.IMAGE, 11);
        factory = CpuFactory.with(2, 2, new KineticsModelKind());
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Test
    void theFactoryOpensAKineticsModelLikeAnyModelAndReadsKissingFromItsClips() throws Exception {
        try (Classifier classifier = factory.factory().open(kinetics)) {
            assertThat(classifier.model()).isEqualTo(new ModelDescriptor("kinetics3-r3d34", "1", "r3d34-kinetics3",
                    "cpu()", OptionalDouble.of(0.5)));
            assertThat(classifier.batchSize()).isEqualTo(2);
            assertThat(classifier.clipInput()).hasValueSatisfying(clip -> {
                assertThat(clip.frames()).isEqualTo(16);
                assertThat(clip.shortSide()).isEqualTo(112);
                assertThat(clip.crop()).isEqualTo(112);
                assertThat(clip.mean()).containsExactly(ClipPreprocessing.KINETICS_700.forExtraction().mean());
            });

            float[] probabilities = classifier.kissingProbabilities(inputs(3));

            assertThat(probabilities).hasSize(3);
            for (float probability : probabilities) {
                assertThat(probability).isCloseTo((float) KISSING, within(1e-5f));
            }
        }
    }

    @Test
    void aDetectorOfThePaperOpensBesideItAndBothAreKept() throws Exception {
        try (Classifier clips = factory.factory().open(kinetics);
                Classifier stills = factory.factory().open(detector)) {
            assertThat(stills.clipInput()).isEmpty();
            assertThat(stills.model().variant()).isEqualTo("image");
            assertThat(stills.kissingProbabilities(TestInputs.of(1))).hasSize(1);
            assertThat(clips.kissingProbabilities(inputs(1))).hasSize(1);
            assertThat(factory.keptModels()).isEqualTo(2);
        }
    }

    @Test
    void itsSaliencyMapIsTheLastFramesAtTheClipsCropForTheKissingLogit() throws Exception {
        try (Classifier classifier = factory.factory().open(kinetics)) {
            var saliency = classifier.saliency(inputs(1).get(0)).orElseThrow();

            assertThat(saliency.second()).isEqualTo(10);
            assertThat(saliency.width()).isEqualTo(112);
            assertThat(saliency.height()).isEqualTo(112);
            assertThat(saliency.logit()).as("kissing's bias: fc's weights are zero").isCloseTo(2f, within(1e-6f));
            assertThat(saliency.maximum()).as("fc's weights are zero: the logit depends on no pixel").isZero();
            assertThatThrownBy(() -> classifier.saliency(TestInputs.of(1).get(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no clip");
        }
    }

    @Test
    void describingReadsTheMetadataAloneWithItsThreshold(@TempDir Path metadataOnly) throws Exception {
        String metadata = Files.readString(kinetics.resolve("metadata.json"));
        assertThat(metadata).contains("\"threshold\" : 0.5");
        Files.writeString(metadataOnly.resolve("metadata.json"), metadata.replace("\"threshold\" : 0.5",
                "\"threshold\" : 0.8"));

        ModelDescriptor described = factory.factory().describe(metadataOnly);

        assertThat(described).isEqualTo(new ModelDescriptor("kinetics3-r3d34", "1", "r3d34-kinetics3", "cpu",
                OptionalDouble.of(0.8)));
        assertThatThrownBy(() -> factory.factory().open(metadataOnly)).isInstanceOf(ModelException.class)
                .hasMessageContaining(metadataOnly.resolve("r3d34.safetensors") + ": is missing");
    }

    @Test
    void inputsWithoutAClipOrWithABadOneAreRefusedNamingTheSecond() throws Exception {
        try (Classifier classifier = factory.factory().open(kinetics)) {
            assertThatThrownBy(() -> classifier.kissingProbabilities(TestInputs.of(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input 0 (second 10) has no clip: model kinetics3-r3d34 looks at 16 frames a second;"
                            + " extract its inputs with the classifier's clipInput()");
            ModelInput plain = TestInputs.of(1).get(0);
            assertThatThrownBy(() -> classifier.kissingProbabilities(List.of(new ModelInput(4, plain.image(),
                    plain.audio(), new float[10])))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input 0 (second 4) has a clip of 10 values, model kinetics3-r3d34 needs 602112"
                            + " (3 x 16 x 112 x 112)");
            List<ModelInput> damaged = inputs(2);
            damaged.get(1).clip()[77] = Float.NaN;
            assertThatThrownBy(() -> classifier.kissingProbabilities(damaged))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input 1 (second 11): clip value 77 is NaN");
        }
    }

    /** Inputs for seconds 10, 11, ..., each with its own formula clip. */
    private static List<ModelInput> inputs(int count) {
        List<ModelInput> inputs = new ArrayList<>();
        for (ModelInput plain : TestInputs.of(count)) {
            float[] clip = new float[ClipPreprocessing.KINETICS_700.clipLength()];
            for (int i = 0; i < clip.length; i++) {
                clip[i] = (float) Math.sin(0.01 * i + plain.second());
            }
            inputs.add(new ModelInput(plain.second(), plain.image(), plain.audio(), clip));
        }
        return inputs;
    }
}
