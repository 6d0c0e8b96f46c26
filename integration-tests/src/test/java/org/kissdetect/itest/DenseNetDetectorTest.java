package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointImporter;
import org.kissdetect.api.checkpoint.CheckpointImporter.ImportResult;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.train.EvaluationReport;
import org.kissdetect.api.train.EvaluationRequest;
import org.kissdetect.api.train.EvaluationService;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.api.train.TrainingService;
import org.kissdetect.checkpoints.testing.PthWriter;
import org.kissdetect.synthetic.SyntheticSet;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The paper's Table 2 backbone through the real bundles: the training service hands the {@code densenet121} variant
 * to the DenseNet-121 bundle's trainer, trains its linear layer for one epoch on a tiny synthetic set, and writes a
 * {@code densenet-detector} model directory, which the classifier factory opens through that bundle's model kind
 * and the evaluation service scores as training did.
 */
@ExtendWith(ServiceExtension.class)
class DenseNetDetectorTest {

    @TempDir
    Path folder;

    @Test
    void aDenseNetDetectorTrainsExportsAndLoadsThroughTheFactory(
            @InjectService(timeout = 30_000) TrainingService training,
            @InjectService(timeout = 30_000) EvaluationService evaluation,
            @InjectService(timeout = 30_000) ClassifierFactory classifiers,
            @InjectService(timeout = 30_000) MovieEncoder encoder) throws Exception {
        Path annotations = new SyntheticSet(5, 14, 14, 21).write(encoder, folder.resolve("set"));
        Path model = folder.resolve("densenet");
        TrainingReport report = training.train(new TrainingRequest(annotations, model,
                folder.resolve("checkpoints"), new NetworkSetup("densenet121", "last-layer", null, null, 4, 0.01), 1,
                16, 9, "itest-densenet", "0.1", false), new TrainingListener() {
                }, () -> false);

        assertThat(report.epochs()).hasSize(1);
        assertThat(Files.readString(model.resolve("metadata.json"))).contains("\"kind\" : \"densenet-detector\"")
                .contains("DenseNet-121 random (seed 4");
        try (Classifier classifier = classifiers.open(model)) {
            assertThat(classifier.model().id()).isEqualTo("itest-densenet");
            assertThat(classifier.model().variant()).isEqualTo("densenet121");
            List<ModelInput> inputs = inputs(2);
            float[] probabilities = classifier.kissingProbabilities(inputs);
            assertThat(probabilities).hasSize(2);
            for (float p : probabilities) {
                assertThat(p).isBetween(0f, 1f);
            }
        }
        EvaluationReport evaluated = evaluation.evaluate(new EvaluationRequest(model, annotations, "test", 9,
                new SegmentationParameters(10, 0.7, 0.5)), new TrainingListener() {
                }, () -> false);
        assertThat(evaluated.model().variant()).isEqualTo("densenet121");
        assertThat(evaluated.seconds()).as("the model directory scores as the trained network did")
                .isEqualTo(report.test());
    }

    /** torchvision's published file names its layers {@code norm.1}, {@code conv.2}: imported under today's names. */
    @Test
    void torchvisionsDenseNet121CheckpointBecomesTheBackboneFileTrainingLoads(
            @InjectService(timeout = 30_000) CheckpointImporter importer) throws Exception {
        PthWriter checkpoint = new PthWriter();
        checkpoint.add("features.conv0.weight", new long[] {64, 3, 7, 7}, i -> 0.01);
        batchNorm(checkpoint, "features.norm0", 64);
        int channels = 64;
        int[] blocks = {6, 12, 24, 16};
        for (int b = 0; b < blocks.length; b++) {
            for (int l = 0; l < blocks[b]; l++) {
                String layer = "features.denseblock" + (b + 1) + ".denselayer" + (l + 1) + ".";
                batchNorm(checkpoint, layer + "norm.1", channels + 32 * l);
                checkpoint.add(layer + "conv.1.weight", new long[] {128, channels + 32 * l, 1, 1}, i -> 0.01);
                batchNorm(checkpoint, layer + "norm.2", 128);
                checkpoint.add(layer + "conv.2.weight", new long[] {32, 128, 3, 3}, i -> 0.01);
            }
            channels += 32 * blocks[b];
            if (b < blocks.length - 1) {
                batchNorm(checkpoint, "features.transition" + (b + 1) + ".norm", channels);
                checkpoint.add("features.transition" + (b + 1) + ".conv.weight",
                        new long[] {channels / 2, channels, 1, 1}, i -> 0.01);
                channels /= 2;
            }
        }
        batchNorm(checkpoint, "features.norm5", channels);
        checkpoint.add("classifier.weight", new long[] {1000, 1024}, i -> 0.01).add("classifier.bias",
                new long[] {1000}, i -> 0);
        Path file = checkpoint.write(folder.resolve("densenet121.pth"));

        List<ImportResult> results = importer.importCheckpoints(List.of(file), ImportOptions.none(),
                folder.resolve("backbones"));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.layout()).isEqualTo("torchvision DenseNet-121");
            assertThat(result.written()).singleElement().satisfies(written -> assertThat(written.path())
                    .isEqualTo(folder.resolve("backbones/densenet121-imagenet.safetensors")));
        });
        assertThat(Files.size(folder.resolve("backbones/densenet121-imagenet.safetensors")))
                .as("604 tensors, 7,037,504 float32 values, no classifier").isGreaterThan(7_037_504L * 4)
                .isLessThan(7_037_504L * 4 + 200_000);
    }

    private static void batchNorm(PthWriter checkpoint, String prefix, int width) {
        for (String name : new String[] {"weight", "bias", "running_mean", "running_var"}) {
            checkpoint.add(prefix + "." + name, new long[] {width}, i -> 1);
        }
    }

    private static List<ModelInput> inputs(int count) {
        SplittableRandom random = new SplittableRandom(3);
        List<ModelInput> inputs = new ArrayList<>();
        for (int second = 0; second < count; second++) {
            float[] image = new float[3 * 224 * 224];
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) random.nextGaussian();
            }
            inputs.add(new ModelInput(second, image, new float[96 * 64]));
        }
        return inputs;
    }
}
